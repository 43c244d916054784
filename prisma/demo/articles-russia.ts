import type { DemoArticle } from "./content";

// Entirely fictional: the towns, people, companies and institutions below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  church: {
    image: "russia-1.jpg",
    imageAlt:
      "Illustration of a white church with gold and blue onion domes among snow-covered wooden houses and birch trees in falling snow",
    imageCredit: credit,
  },
  train: {
    image: "russia-2.jpg",
    imageAlt: "Illustration of a red passenger train crossing a snowy plain between birch trees and a dark pine forest",
    imageCredit: credit,
  },
  bridge: {
    image: "russia-3.jpg",
    imageAlt: "Illustration of a steel arched bridge spanning a wide river at sunset, with the sun reflected in the water",
    imageCredit: credit,
  },
} as const;

export const russiaArticles: DemoArticle[] = [
  {
    section: "russia",
    headline: "New Volga bridge cuts Belozorsk commute from two hours to twenty minutes",
    standfirst:
      "For decades, residents of the river town relied on a summer ferry and a winter ice crossing. The new 1.4-kilometre bridge opened to traffic on Friday.",
    blocks: [
      {
        type: "paragraph",
        text: "For as long as anyone in Belozorsk can remember, getting to the regional capital on the far bank of the Volga meant a ferry in summer, a road across the ice in deep winter, and a two-hour detour via the nearest bridge in the months in between. On Friday that changed, as the first cars rolled across a new 1.4-kilometre steel bridge linking the town directly to the opposite shore.",
      },
      {
        type: "paragraph",
        text: "The bridge, built by the regional road agency over four years, carries two lanes of traffic and a separate path for pedestrians and cyclists. Its steel arches were assembled on the riverbank and floated into position on barges last autumn, an operation that drew crowds of spectators from across the district.",
      },
      {
        type: "quote",
        text: "My grandmother used to say Belozorsk was an island that happened to be attached to the land. Now it is just a town.",
        cite: "Yelena Sorokina, 34, a nurse who commutes to the regional hospital",
      },
      {
        type: "paragraph",
        text: "Local businesses expect the bridge to bring more visitors to Belozorsk’s old merchant quarter, known for its carved wooden houses. But some residents worry about heavy lorries using the town’s narrow streets as a shortcut. The town council has promised a weight limit and a bypass, though no date has been set for construction of the latter.",
      },
      {
        type: "paragraph",
        text: "The ferry, which has operated since 1958, will continue to run on summer weekends as a tourist attraction. Its captain, who estimates that he has crossed the river more than 40,000 times, said he planned to retire at the end of the season and would be among the first to walk across the new bridge.",
      },
    ],
    tags: ["Transport", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.bridge,
    imageCaption: "The new bridge links Belozorsk directly to the far bank of the Volga for the first time.",
  },
  {
    section: "russia",
    headline: "Yasnoborsk shivers through −52°C as cold snap closes schools across Siberian district",
    standfirst:
      "Residents of the remote town — Ясноборск on the road signs — are used to hard winters, but this week’s temperatures are the lowest recorded there in fourteen years.",
    blocks: [
      {
        type: "paragraph",
        text: "Schools and kindergartens in Yasnoborsk (Ясноборск) were closed for a third day on Wednesday as temperatures in the Siberian town fell to −52°C, the lowest reading at the local weather station in fourteen years. Buses ran on a reduced timetable, and the town’s heating utility placed repair crews on round-the-clock standby.",
      },
      {
        type: "paragraph",
        text: "Residents of the timber and mining town are used to long winters. Cars are routinely fitted with engine heaters, and many drivers leave their engines running outside shops rather than risk a cold start. But officials warned that this week’s conditions were dangerous even by local standards, and urged people to avoid unnecessary journeys outside the town.",
      },
      {
        type: "paragraph",
        text: "The town administration published advice on its website and through the local radio station, which has switched to a rolling bulletin of closures, bus times and road conditions for the outlying villages. Volunteers are also delivering leaflets to flats where elderly residents live alone. Its main recommendations were simple:",
      },
      {
        type: "list",
        items: [
          "Do not travel on the northern highway without a second vehicle",
          "Check on elderly neighbours at least once a day",
          "Keep children indoors when the temperature is below −40°C",
          "Report any drop in radiator temperature to the heating hotline immediately",
        ],
      },
      {
        type: "quote",
        text: "At minus fifty the air makes a sound when you breathe out, a kind of whisper. Old people here call it the whisper of the stars.",
        cite: "Pyotr Ignatov, retired schoolteacher and amateur meteorologist in Yasnoborsk",
      },
      {
        type: "paragraph",
        text: "Forecasters at the regional weather centre expect the high-pressure system responsible for the cold to weaken by the weekend, bringing temperatures back up to a comparatively mild −30°C. Schools are expected to reopen on Monday, although outdoor sports lessons will remain cancelled until further notice.",
      },
    ],
    tags: ["Regions", "Climate"],
    authors: ["dmitri-volkov"],
    ...pic.church,
    imageCaption: "Snow on the rooftops of Yasnoborsk, where the thermometer has not risen above −45°C since Sunday.",
  },
  {
    section: "russia",
    headline: "Carpenters finish ten-year rescue of Kamyshevka’s wooden church — without a single nail",
    standfirst:
      "The eighteenth-century church on the shore of a northern lake had been sinking into the marsh. Restorers took it apart log by log and put it back together.",
    blocks: [
      {
        type: "paragraph",
        text: "When restorers first surveyed the Church of the Transfiguration in Kamyshevka ten years ago, its bell tower was leaning so far that local children called it “the tired one”. On Sunday, after a decade of work, the church was reconsecrated in front of several hundred people, many of whom had travelled by boat across the lake for the occasion.",
      },
      { type: "heading", text: "Log by log" },
      {
        type: "paragraph",
        text: "The team, led by master carpenter Grigory Lapin, dismantled the building entirely, numbering each of its roughly 2,300 pine and larch logs. Rotten sections were replaced with timber cut in the surrounding forest in winter, when the sap is low, and shaped with axes rather than saws, following techniques described in eighteenth-century building records.",
      },
      {
        type: "quote",
        text: "A saw leaves the fibres open and the water gets in. An axe closes them. Our ancestors knew this without any laboratory.",
        cite: "Grigory Lapin, master carpenter and head of the restoration",
      },
      {
        type: "pullQuote",
        text: "Not a single nail was used in the reassembly — the logs are held together by their own weight and by hand-cut joints.",
      },
      {
        type: "paragraph",
        text: "The original foundation of flat boulders had sunk unevenly into the marshy ground. Engineers installed a new base of stone and drainage gravel, hidden beneath the reassembled lower logs, so that the church should remain level for at least another century without the need for further major work.",
      },
      {
        type: "paragraph",
        text: "The restoration cost around 180 million roubles, funded by the regional heritage department and private donations. Kamyshevka has fewer than 200 permanent residents, but the village hopes the church will attract visitors travelling along the lake by summer cruise boat, and a small museum of carpentry tools is planned.",
      },
    ],
    tags: ["Heritage", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.church,
    imageCaption: "Onion domes and snowy roofs: Kamyshevka’s church was reconsecrated on Sunday.",
  },
  {
    section: "russia",
    headline: "Night train to Sosnovy Mys returns after three-year pause, reconnecting Arctic port",
    standfirst:
      "The 1,900-kilometre route was suspended when a landslide washed away part of the line. Passengers on Monday’s first service included miners, students and a folk choir.",
    blocks: [
      {
        type: "paragraph",
        text: "The overnight train from the regional centre to the Arctic port of Sosnovy Mys left on schedule at 21:40 on Monday, the first passenger service on the line in three years. Among those on board were shift workers returning to the town’s fish processing plant, students heading home for the holidays and a thirty-strong folk choir that sang in the corridor until well after midnight.",
      },
      {
        type: "paragraph",
        text: "Services were suspended after a landslide swept away a section of embankment near the Kema river crossing. Rebuilding it required a new 300-metre viaduct over unstable ground, and work could only be carried out during the short northern summer. Freight trains resumed last autumn, but passenger carriages needed safety checks before they could return.",
      },
      {
        type: "quote",
        text: "For three years the only way home was a plane I could not afford or three days on the winter road. Tonight I will sleep and wake up by the sea.",
        cite: "Alina Kurbatova, a university student from Sosnovy Mys",
      },
      {
        type: "paragraph",
        text: "The journey takes 31 hours, crossing tundra where the line is the only man-made feature for hundreds of kilometres. Trains will run twice a week, with a restaurant car and sleeping compartments. Tickets in a four-berth compartment start at about 6,000 roubles one way, a price subsidised by the regional government.",
      },
      {
        type: "paragraph",
        text: "Railway officials said they would monitor demand over the winter and could add a third weekly departure in summer, when tourists travel north to watch the midnight sun from the port’s famous breakwater. Sleeper tickets for the first month sold out within a day of going on sale.",
      },
    ],
    tags: ["Transport", "Arctic", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.train,
    imageCaption: "The twice-weekly service crosses hundreds of kilometres of snow-covered tundra and forest.",
  },
  {
    section: "russia",
    headline: "Thawing permafrost forces village of Ust-Temirka to move its school to higher ground",
    standfirst:
      "Cracks opened in the walls of the two-storey building last spring. Engineers say the ground beneath it is no longer frozen enough to hold it up.",
    blocks: [
      {
        type: "paragraph",
        text: "The children of Ust-Temirka will start the next school year in a new building on a gravel ridge above the village, after engineers concluded that their old school could no longer be made safe. The two-storey wooden building, on piles driven into the permafrost half a century ago, has tilted by nearly twenty centimetres in three years.",
      },
      {
        type: "paragraph",
        text: "Researchers from the Severny Institute of Permafrost Studies, who have monitored ground temperatures around the village for fifteen years, say the top layer of soil now thaws to a depth of almost two metres each summer, compared with just over one metre when measurements began. As the ice within the soil melts, the ground slumps and the piles lose their grip.",
      },
      {
        type: "quote",
        text: "We are not moving because of a forecast. We are moving because of cracks you can put your hand into.",
        cite: "Svetlana Okhotina, head teacher of the Ust-Temirka school",
      },
      {
        type: "pullQuote",
        text: "The ground beneath the school now thaws to a depth of almost two metres every summer.",
      },
      { type: "heading", text: "A wider problem" },
      {
        type: "paragraph",
        text: "Ust-Temirka is not unique. A survey by the regional construction ministry found that more than a quarter of public buildings in northern settlements show signs of foundation damage linked to thawing ground. Replacing them all would cost several times the region’s annual infrastructure budget.",
      },
      {
        type: "paragraph",
        text: "The new school will stand on steel screw piles fitted with passive cooling tubes, which draw cold air into the ground during winter to keep it frozen. The old building will be kept as a community centre for as long as it remains safe, with sensors fitted to measure any further movement.",
      },
    ],
    tags: ["Arctic", "Climate", "Education"],
    authors: ["dmitri-volkov"],
    ...pic.church,
    imageCaption: "Wooden houses in the north are built on piles driven into ground that is meant to stay frozen.",
  },
  {
    section: "russia",
    headline: "How a handful of cheesemakers turned Zarechensk into a weekend destination",
    standfirst:
      "Ten years ago the Ural town’s dairy had closed and its young people were leaving. Now it has nine small creameries, a cheese festival and a waiting list for guesthouse rooms.",
    blocks: [
      {
        type: "paragraph",
        text: "On Saturday mornings, the car park outside the former dairy in Zarechensk fills up early. Visitors from the regional capital, three hours away, come to buy aged cheeses, smoked curd and a blue cheese ripened in a disused railway tunnel, all made by producers who were not in the business a decade ago.",
      },
      {
        type: "paragraph",
        text: "The first was Natalia Drozdova, a former accountant who bought four goats and a second-hand pasteuriser when the state dairy closed and her husband lost his job as a lorry driver. She began selling soft cheese at a roadside stall. Today her creamery employs eleven people and supplies restaurants in three cities.",
      },
      {
        type: "quote",
        text: "Nobody here had any experience. We learned from videos, from mistakes and from an elderly cheesemaking couple in the mountains who answered every email I sent them.",
        cite: "Natalia Drozdova, founder of the Zarechensk Goat Creamery",
      },
      {
        type: "paragraph",
        text: "Others followed, helped by a small-business grant programme and by the town’s decision to rent out parts of the old dairy at low cost. There are now nine creameries in and around Zarechensk, along with two bakeries and a brewery. The annual cheese festival in August drew an estimated 14,000 visitors last year, more than the town’s population.",
      },
      {
        type: "paragraph",
        text: "The boom has brought problems too. House prices in the centre have risen sharply, and some long-time residents complain of weekend traffic on streets that were laid out for horse-drawn carts. The mayor’s office is considering a park-and-ride scheme from the railway station for the festival weekend.",
      },
    ],
    tags: ["Food", "Regions", "Jobs"],
    authors: ["anna-petrova"],
    ...pic.bridge,
    imageCaption: "Zarechensk — literally “the town beyond the river” — sits in the foothills of the Urals.",
  },
  {
    section: "russia",
    headline: "Northern airline orders twelve turboprops to reconnect remote towns",
    standfirst:
      "Kedr Airlines says the aircraft, which can land on short gravel runways, will restore scheduled flights to six settlements that lost them over the past decade.",
    blocks: [
      {
        type: "paragraph",
        text: "Kedr Airlines, a regional carrier based in the north-east, has ordered twelve twin-engine turboprop aircraft to restore scheduled services to remote towns that have been without regular flights for years. The first four aircraft are due to arrive next summer, with the rest following over two years.",
      },
      {
        type: "paragraph",
        text: "The new planes seat up to 19 passengers and can operate from gravel runways as short as 800 metres, a crucial capability in a region where many airstrips have never been paved. Six settlements with a combined population of about 23,000 will regain scheduled services, including Ust-Temirka, which has relied on irregular charter flights and a seasonal ice road.",
      },
      {
        type: "quote",
        text: "For a town with no road for eight months of the year, an airline is not a luxury. It is the ambulance, the post office and the supply chain.",
        cite: "Mikhail Yurchenko, chief executive of Kedr Airlines",
      },
      {
        type: "paragraph",
        text: "The order is supported by a regional subsidy scheme that covers part of the cost of tickets for residents of remote settlements. Kedr says the average one-way fare to the regional centre will be about 9,000 roubles, compared with up to 40,000 for a seat on a charter flight today.",
      },
      {
        type: "paragraph",
        text: "Aviation analysts said the biggest challenge would not be aircraft but people. Experienced pilots and mechanics willing to live in small northern towns are scarce, and Kedr has opened a training centre to prepare its own crews, offering housing and bonuses to those who sign five-year contracts.",
      },
    ],
    tags: ["Transport", "Regions", "Jobs"],
    authors: ["tomas-novak", "dmitri-volkov"],
    ...pic.train,
    imageCaption: "In much of the north, rail and air are the only links to the outside world in winter.",
  },
  {
    section: "russia",
    headline: "Why young programmers are swapping the capital for Verkhnelesk",
    standfirst:
      "Cheap rent, fast internet and a mountain lake have turned a quiet Ural town into an unlikely hub for remote software developers.",
    blocks: [
      {
        type: "paragraph",
        text: "Two years ago, the café on the ground floor of Verkhnelesk’s old post office sold mostly tea and pastries to pensioners. Today it is the unofficial office of about forty software developers, who arrive with laptops at nine, leave at six and argue about programming languages over lunch. The owner has installed extra sockets along every wall.",
      },
      {
        type: "paragraph",
        text: "Verkhnelesk, a town of 38,000 in the Urals, has attracted an estimated 1,500 remote IT workers over the past three years, according to the municipal economic development office. Most are in their twenties or early thirties and work for companies based hundreds or thousands of kilometres away.",
      },
      { type: "heading", text: "What draws them" },
      {
        type: "list",
        items: [
          "Rents roughly a third of those in the largest cities",
          "A municipal fibre-optic network built with regional funds",
          "A lake and ski slopes within twenty minutes of the centre",
          "A coworking space in the former post office, open around the clock",
        ],
      },
      {
        type: "quote",
        text: "In the city I paid half my salary for a room with a view of a wall. Here I pay a quarter for a flat with a view of a lake.",
        cite: "Artyom Belyakov, 27, a backend developer who moved from the capital",
      },
      {
        type: "paragraph",
        text: "Local officials are keen to keep the newcomers. The town has launched a start-up competition with a prize of three million roubles and is converting a former textile mill into studios and offices. Some long-standing residents grumble that rents are rising, but shopkeepers and landlords are, on the whole, delighted.",
      },
      {
        type: "paragraph",
        text: "The question is whether remote workers will put down roots. Surveys by the development office suggest about half intend to stay for at least five years, and the town’s registry office recorded 60 marriages involving newcomers last year, a figure the mayor cites with some pride.",
      },
    ],
    tags: ["Jobs", "Startups", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.bridge,
    imageCaption: "Verkhnelesk straddles a river in the Urals, twenty minutes from a lake and ski slopes.",
  },
  {
    section: "russia",
    headline: "Camera traps record eleven snow leopards in Serebryany Khrebet reserve",
    standfirst:
      "The count is the highest since monitoring began and includes two females with cubs, rangers said, crediting a crackdown on wire snares.",
    blocks: [
      {
        type: "paragraph",
        text: "Camera traps in the Serebryany Khrebet nature reserve have recorded at least eleven individual snow leopards this year, the highest number since systematic monitoring began fifteen years ago. Among them are two females photographed with cubs, a sign that the small population in the remote mountain range is breeding successfully.",
      },
      {
        type: "paragraph",
        text: "Rangers placed 64 motion-triggered cameras along ridgelines and animal trails last winter. Each leopard’s coat pattern is unique, allowing researchers to identify individuals from photographs. The analysis was carried out by zoologists at the regional university, who also recorded Siberian ibex, wolves and a wolverine.",
      },
      {
        type: "quote",
        text: "Ten years ago we were finding wire snares on almost every patrol. This season we found three. The leopards noticed before we did.",
        cite: "Bair Tsydenov, senior ranger at the Serebryany Khrebet reserve",
      },
      {
        type: "paragraph",
        text: "Conservationists attribute the recovery to stricter patrols and to a compensation programme for herders who lose livestock to predators. Before the scheme was introduced, some herders set snares to protect their flocks. Now they can claim payment for a lost sheep or goat, provided they report it within 48 hours.",
      },
      {
        type: "paragraph",
        text: "The reserve’s managers cautioned that eleven animals is still a fragile population, and that its long-term survival depends on leopards moving between Serebryany Khrebet and neighbouring ranges. They are working with regional authorities to establish a protected corridor across a valley currently used for summer grazing.",
      },
    ],
    tags: ["Research", "Regions", "Mountains"],
    authors: ["dmitri-volkov"],
    ...pic.train,
    imageCaption: "Birch forest and snowfields in the foothills below the Serebryany Khrebet range.",
  },
  {
    section: "russia",
    headline: "Late freeze delays opening of winter ice road to northern settlements",
    standfirst:
      "The 600-kilometre route along the frozen Temirka river normally opens in December. This year lorries will not be allowed on it until the ice is at least 80 centimetres thick.",
    blocks: [
      {
        type: "paragraph",
        text: "The winter road that supplies a string of settlements along the Temirka river will open at least three weeks late this year because the ice has not yet reached a safe thickness, regional transport officials said on Thursday. Drivers carrying fuel, flour and building materials have been told to wait in the river port of Lyubinsk until further notice.",
      },
      {
        type: "paragraph",
        text: "For four months a year, the frozen river becomes a 600-kilometre highway, the only land connection for about 12,000 people. Lorries may only use it once the ice is at least 80 centimetres thick along the whole route. Survey teams drilling test holes this week found some stretches below 50 centimetres, especially where warm springs feed into the river.",
      },
      {
        type: "quote",
        text: "I have been driving this river for twenty-two winters. You learn to listen to the ice. This year it is still talking too much.",
        cite: "Valery Shestakov, a fuel tanker driver waiting in Lyubinsk",
      },
      {
        type: "paragraph",
        text: "Shops in the furthest villages say stocks of some goods are running low, and the regional government has chartered helicopters to deliver medicines and baby food. Petrol is being rationed at twenty litres per vehicle per week in Ust-Temirka, where residents depend on snowmobiles for hunting and fishing.",
      },
      {
        type: "paragraph",
        text: "Climatologists note that the road’s opening date has moved later by an average of about nine days per decade since the 1980s, while the closing date in spring has moved earlier. The regional government is studying the cost of an all-season gravel road, but officials say it could not be built within ten years.",
      },
    ],
    tags: ["Transport", "Arctic", "Climate"],
    authors: ["dmitri-volkov"],
    ...pic.train,
    imageCaption: "Snow lies deep across the north, but the river ice is still too thin for lorries.",
  },
];
