import type { DemoArticle } from "./content";

// Entirely fictional: the countries, towns, people and organisations below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  skyline: {
    image: "world-1.jpg",
    imageAlt: "Illustration of a city skyline at dusk, with lit office windows reflected in a river",
    imageCredit: credit,
  },
  harbour: {
    image: "world-2.jpg",
    imageAlt: "Illustration of a harbour with a container ship moored beside tall yellow and red cranes",
    imageCredit: credit,
  },
  assembly: {
    image: "world-3.jpg",
    imageAlt: "Illustration of a domed parliament building with columns, flanked by trees and coloured banners on flagpoles",
    imageCredit: credit,
  },
} as const;

export const worldArticles: DemoArticle[] = [
  {
    section: "world",
    breaking: true,
    headline: "Valdoria and Ostrevia agree ceasefire in Lenne valley after all-night talks",
    standfirst:
      "The truce, brokered by mediators from the Coastal States Forum, takes effect at noon on Sunday and will be monitored by unarmed observers on both sides of the river.",
    blocks: [
      {
        type: "paragraph",
        text: "Valdoria and Ostrevia agreed early on Saturday to halt fighting in the disputed Lenne valley, ending six weeks of artillery exchanges that have emptied border villages and closed the region’s only road crossing. The agreement was signed shortly before dawn in the lakeside town of Merrow, where negotiators had been meeting behind closed doors since Thursday.",
      },
      {
        type: "paragraph",
        text: "Under the deal, both armies will pull heavy weapons back fifteen kilometres from the river within four days. A team of ninety unarmed observers, drawn from five neutral states, will patrol the valley and report violations to a joint commission that is due to meet every morning in Merrow.",
      },
      {
        type: "quote",
        text: "Nobody in that room trusts the other side yet. What they do trust is the map, the timetable and the observers. That is enough to begin with.",
        cite: "Ilse Brandauer, chief mediator for the Coastal States Forum",
      },
      {
        type: "paragraph",
        text: "Aid agencies said they hoped to reach an estimated 12,000 people who have been cut off in hill villages since the bridge at Kessan was damaged in the first week of fighting. Convoys carrying food, fuel and medical supplies were waiting on the Valdorian side of the river on Saturday afternoon.",
      },
      {
        type: "paragraph",
        text: "In Aldenmark, the Valdorian capital, crowds gathered outside the parliament building as news of the agreement spread. Prime Minister Marta Ilves told reporters the ceasefire was “a first step, not a settlement”, and said the question of who controls the valley’s hydroelectric dam would be left to later talks.",
      },
      {
        type: "paragraph",
        text: "Ostrevia’s foreign ministry said in a short statement that it would respect the truce “for as long as the other side does”. Analysts cautioned that two earlier ceasefires, in the spring and again in the summer, collapsed within days. This is a developing story and will be updated.",
      },
    ],
    tags: ["Diplomacy", "Conflict"],
    authors: ["james-okafor"],
    ...pic.assembly,
    imageCaption: "Crowds gathered outside the parliament in Aldenmark as news of the ceasefire spread.",
  },
  {
    section: "world",
    headline: "Estria heads for snap election after coalition collapses over pension reform",
    standfirst:
      "Prime Minister Tobias Renn lost his majority when the Green Farmers’ party walked out, sending voters back to the polls barely eighteen months after the last election.",
    blocks: [
      {
        type: "paragraph",
        text: "Estria will hold a snap parliamentary election within sixty days after its three-party coalition collapsed on Wednesday night, the country’s president announced. The crisis was triggered when the Green Farmers’ party, the smallest partner in government, withdrew its ministers in protest at plans to raise the state pension age from 65 to 67.",
      },
      {
        type: "paragraph",
        text: "Prime Minister Tobias Renn, whose centre-right People’s Union leads the coalition, said he had no choice but to ask for new elections rather than attempt to govern as a minority. The country needed a government that could pass a budget, he told parliament, “not one that survives vote by vote”.",
      },
      {
        type: "quote",
        text: "We told the prime minister in writing, twice, that we could not vote for this. He chose to bring it anyway.",
        cite: "Anneke Vos, leader of the Green Farmers’ party",
      },
      { type: "heading", text: "A fragmented parliament" },
      {
        type: "paragraph",
        text: "Polls suggest no party is close to a majority. The People’s Union is running at around 24 per cent, narrowly ahead of the opposition Social Democrats, while a new anti-corruption movement led by the former prosecutor Lucia Ferrant has climbed to third place in less than a year.",
      },
      {
        type: "paragraph",
        text: "Financial markets reacted calmly. The yield on Estria’s ten-year government bond rose by less than a tenth of a percentage point, and economists said investors had largely priced in the risk of an early vote after weeks of open disagreement inside the cabinet.",
      },
      {
        type: "paragraph",
        text: "The pension reform itself is now on hold. Officials at the finance ministry said the bill would lapse when parliament is dissolved and would have to be reintroduced from scratch by whichever government emerges after the election, a process that could take until the autumn.",
      },
    ],
    tags: ["Elections", "Economy"],
    authors: ["james-okafor"],
    ...pic.assembly,
    imageCaption: "Parliament will be dissolved within days, with an election due inside sixty days.",
  },
  {
    section: "world",
    headline: "Dockworkers’ strike at Port Aldric leaves 140 ships waiting at anchor",
    standfirst:
      "A 72-hour walkout over automation at Marwen’s busiest port has halted container traffic and sent shippers scrambling for alternative routes.",
    blocks: [
      {
        type: "paragraph",
        text: "More than 140 cargo vessels were waiting at anchor off Port Aldric on Tuesday as a strike by dockworkers entered its second day, bringing Marwen’s largest container terminal to a near standstill. Only ships carrying medicines and perishable food were being unloaded, under an emergency agreement between the union and port managers.",
      },
      {
        type: "paragraph",
        text: "The dispute centres on plans by the terminal operator, Tidewater Gate, to introduce remote-controlled cranes on two of its six berths. The Port Aldric Dockers’ Union says the change would eliminate about 600 jobs over five years. The company insists no permanent staff will be made redundant and that crane operators will be retrained to work from a control building on the quay.",
      },
      {
        type: "pullQuote",
        text: "A crane driven from an office is still a crane. The question is who gets to sit in the office.",
      },
      {
        type: "quote",
        text: "We are not against machines. We are against being told about them the week before they arrive.",
        cite: "Rafael Oduya, general secretary of the Port Aldric Dockers’ Union",
      },
      {
        type: "paragraph",
        text: "Freight forwarders said some cargo was already being diverted to the smaller port of Saltcombe, 200 kilometres along the coast, but warned it lacked the capacity to absorb more than a fraction of Port Aldric’s traffic. Supermarkets reported no immediate shortages, although one chain said imports of fresh fruit could be affected by the weekend.",
      },
      {
        type: "paragraph",
        text: "Marwen’s transport minister, Delphine Arrow, urged both sides to return to mediation and said the government would not intervene directly “at this stage”. Talks are scheduled to resume on Thursday at the offices of the national arbitration service, the day the walkout is due to end.",
      },
    ],
    tags: ["Trade", "Jobs"],
    authors: ["tomas-novak", "james-okafor"],
    ...pic.harbour,
    imageCaption: "Cranes at Port Aldric’s container terminal have stood idle since Monday morning.",
  },
  {
    section: "world",
    headline: "Coastal nations pledge $4bn for shared flood defences at Calvera summit",
    standfirst:
      "Eighteen governments agreed to pool money for sea walls, wetlands and early-warning systems, but campaigners said the sum was a fraction of what low-lying cities need.",
    blocks: [
      {
        type: "paragraph",
        text: "Eighteen coastal states agreed on Friday to create a joint fund worth $4bn to protect low-lying cities from rising seas and storm surges, at the close of a three-day summit in Calvera. The money will pay for sea walls, restored salt marshes and a shared network of tide gauges and warning sirens along more than 9,000 kilometres of coastline.",
      },
      {
        type: "paragraph",
        text: "The fund will be administered by a small secretariat in Calvera and will make its first grants next year. Poorer members will be able to draw on it without matching contributions, a concession that negotiators said was settled only in the final hours of talks.",
      },
      { type: "heading", text: "“A down payment”" },
      {
        type: "quote",
        text: "Four billion is a down payment. Our engineers tell us the real bill for this coastline alone is ten times that.",
        cite: "Amara Wynn-Tshabala, mayor of the harbour city of Nessport",
      },
      {
        type: "paragraph",
        text: "Environmental groups welcomed the agreement but criticised its scale. A report published on the eve of the summit by the Tidewatch Coalition, an alliance of researchers and local councils, estimated that protecting the region’s forty largest coastal cities would cost at least $38bn over the next two decades.",
      },
      {
        type: "paragraph",
        text: "Delegates also agreed to share data from tide gauges in real time, something several governments had previously resisted on security grounds. Scientists said faster data-sharing could add hours to warning times before storm surges, which matters more for saving lives than the height of any single wall.",
      },
    ],
    tags: ["Climate", "Diplomacy", "Cities"],
    authors: ["james-okafor"],
    ...pic.skyline,
    imageCaption: "Calvera’s waterfront, where delegates met for three days of talks on coastal flooding.",
  },
  {
    section: "world",
    headline: "In Estany, a border town of 9,000 adapts to a tripling of new arrivals",
    standfirst:
      "Schools run double shifts and a disused railway depot has become a reception centre as the small Estrian town absorbs families fleeing drought further south.",
    blocks: [
      {
        type: "paragraph",
        text: "The old railway depot on the edge of Estany was due to be demolished last spring. Instead, its brick halls now hold 400 camp beds, a kitchen run by volunteers and a makeshift clinic staffed by two nurses who commute from the regional hospital. On a busy night, staff say, every bed is taken by ten o’clock.",
      },
      {
        type: "paragraph",
        text: "Arrivals in Estany, a town of about 9,000 people near Estria’s southern border, have roughly tripled in twelve months, according to figures from the regional government. Most of those arriving come from farming districts further south, where three consecutive failed harvests have left families unable to pay debts or feed livestock.",
      },
      {
        type: "quote",
        text: "People arrive with one bag and a phone charger. The first thing they ask for is not food. It is a socket.",
        cite: "Carmen Ibarra, volunteer coordinator at the Estany reception centre",
      },
      { type: "heading", text: "Double shifts" },
      {
        type: "paragraph",
        text: "The town’s two primary schools have moved to morning and afternoon shifts to make room for 230 additional pupils. Teachers say the arrangement is exhausting but workable, and the regional education office has promised four extra staff by the end of term. Parents of local children have organised a rota to help with language classes after school.",
      },
      {
        type: "pullQuote",
        text: "The old railway depot was due to be demolished last spring. Instead it holds 400 camp beds.",
      },
      {
        type: "paragraph",
        text: "Not everyone is welcoming. A petition calling for the reception centre to be moved out of town has collected 1,100 signatures, and the issue has become central to next month’s local election. The mayor, Jordi Peyró, has resisted pressure to close the depot, arguing that moving it would simply push the problem onto smaller villages with fewer services.",
      },
    ],
    tags: ["Migration", "Climate", "Cities"],
    authors: ["james-okafor"],
    ...pic.skyline,
    imageCaption: "Evening in Estany, where the reception centre fills up by ten o’clock most nights.",
  },
  {
    section: "world",
    headline: "Monsoon floods displace 40,000 in the Irra delta as river bursts its banks",
    standfirst:
      "Rescue teams are using fishing boats to reach villages in the Sundaran Federation’s rice-growing heartland, where water levels are still rising.",
    blocks: [
      {
        type: "paragraph",
        text: "Floodwater covered more than 300 square kilometres of farmland in the Irra delta on Monday after three days of unusually heavy monsoon rain, forcing about 40,000 people from their homes, according to the Sundaran Federation’s disaster management agency. At least eleven people have died, most of them swept away while trying to cross submerged roads.",
      },
      {
        type: "paragraph",
        text: "The Irra broke through an embankment near the market town of Pelang late on Saturday. Engineers had warned last year that the earth levee, built decades ago, was weakened by burrowing animals and years of deferred maintenance. Emergency crews spent Sunday filling sandbags in an attempt to protect the town’s water treatment plant.",
      },
      {
        type: "quote",
        text: "We had the boats, we had the fuel, we had the people. What we did not have was a map of where the water would go next.",
        cite: "Captain Nirmala Sethu, head of the delta’s river rescue service",
      },
      {
        type: "paragraph",
        text: "Fishing crews from coastal villages have joined the rescue effort, ferrying families and livestock to schools and temples on higher ground. Health officials said their main concern now was clean drinking water, with several evacuation sites reporting cases of diarrhoea among children. The disaster agency published a list of its most urgent needs on Monday evening:",
      },
      {
        type: "list",
        items: [
          "Water purification tablets and jerrycans",
          "Tarpaulins and mosquito nets",
          "Oral rehydration salts for young children",
          "Fuel for rescue boats and generators",
        ],
      },
      {
        type: "paragraph",
        text: "Forecasters expect the rain to ease by Thursday, but the river is likely to remain above danger level for at least a week as water drains from the hills upstream. Farmers fear that much of this season’s rice crop, only weeks away from harvest, has already been lost.",
      },
    ],
    tags: ["Climate", "Agriculture"],
    authors: ["priya-raman"],
    ...pic.skyline,
    imageCaption: "Towns along the lower Irra are bracing for the river to peak later this week.",
  },
  {
    section: "world",
    headline: "Northern Compact agrees tariff-free grain corridor to ease bread prices",
    standfirst:
      "Member states will scrap duties on wheat and barley moving by rail and sea for two years, a deal bakers say could take a few cents off a loaf by spring.",
    blocks: [
      {
        type: "paragraph",
        text: "Trade ministers from the seven-member Northern Compact agreed on Thursday to remove tariffs on wheat, barley and rye traded between member states for two years, in an effort to bring down food prices that have risen faster than wages for most of the past eighteen months.",
      },
      {
        type: "paragraph",
        text: "The so-called grain corridor will also simplify customs checks for bulk cargo moving by rail and through four designated ports, including Port Aldric. Officials estimated that the changes would cut the cost of moving a tonne of wheat across the bloc by between six and nine per cent.",
      },
      {
        type: "quote",
        text: "Flour is not the only cost in a loaf, but it is the one that moves fastest. If this holds, customers will notice by spring.",
        cite: "Oskar Lindahl, chair of the Compact Bakers’ Association",
      },
      {
        type: "paragraph",
        text: "Not all farmers welcomed the move. Growers’ unions in Ostrevia, which produces more barley than it consumes, said they expected higher export sales. But smaller producers in Valdoria warned they would struggle to compete with cheaper grain arriving from the large farms of the east, and called for transitional support payments.",
      },
      {
        type: "paragraph",
        text: "The agreement must still be ratified by national parliaments, a process diplomats expect to take about three months. A review clause allows any member to reintroduce tariffs temporarily if domestic prices fall by more than a fifth, a safeguard added at the insistence of Valdoria’s delegation.",
      },
    ],
    tags: ["Trade", "Agriculture", "Food"],
    authors: ["tomas-novak"],
    ...pic.harbour,
    imageCaption: "Four ports, including Port Aldric, will handle bulk grain under the new rules.",
  },
  {
    section: "world",
    headline: "Analysis: why Kaleth’s currency crisis matters far beyond its borders",
    standfirst:
      "The kal has lost a third of its value in six weeks. The causes are local, but the consequences will be felt by importers, lenders and migrant workers across the region.",
    blocks: [
      {
        type: "paragraph",
        text: "When the central bank of Kaleth stopped defending its currency in the first week of the month, few outside the country paid much attention. Six weeks later the kal has lost a third of its value against the dollar, the price of imported medicine in Sarrow has nearly doubled, and the crisis is beginning to spread.",
      },
      { type: "heading", text: "How it started" },
      {
        type: "paragraph",
        text: "The roots are domestic. Kaleth spent heavily on fuel subsidies after the last election, financing the gap with short-term borrowing in foreign currency. When the price of its main export, copper concentrate, fell sharply in the spring, the central bank burned through reserves trying to hold the exchange rate steady. By the time it gave up, reserves covered barely two months of imports.",
      },
      { type: "heading", text: "Who else is exposed" },
      {
        type: "list",
        items: [
          "Regional banks in Marwen and Estria, which hold an estimated $2.3bn in loans to Kalethi companies",
          "Migrant workers from Kaleth, whose savings and remittances have lost value almost overnight",
          "Exporters of food and machinery, for whom Kaleth was a fast-growing market",
          "Neighbouring currencies, which traders are now testing for similar weaknesses",
        ],
      },
      {
        type: "quote",
        text: "The numbers are not enormous. The problem is that everyone is now asking who the next Kaleth is, and that question has its own momentum.",
        cite: "Dr Yusuf Ambrose, senior economist at the Larkspur Institute for Economic Research",
      },
      {
        type: "paragraph",
        text: "The good news is that Kaleth is small, and its debts to the outside world are manageable in absolute terms. An emergency loan from the regional development bank, under discussion this week, could stabilise the currency if it is paired with a credible plan to phase out fuel subsidies. The bad news is that such plans are rarely popular, and the government faces voters again in eighteen months.",
      },
      {
        type: "paragraph",
        text: "For now, the most visible effects are on ordinary people. Pharmacies in Sarrow have begun limiting sales of some imported drugs, and the queue outside the city’s main exchange office on Tuesday stretched around the block by nine in the morning, a scene many residents had hoped never to see again.",
      },
    ],
    tags: ["Economy", "Markets", "Banking"],
    authors: ["tomas-novak"],
    ...pic.skyline,
    imageCaption: "Sarrow’s business district, where queues formed outside exchange offices this week.",
  },
  {
    section: "world",
    headline: "Brevonia switches on region’s largest offshore wind farm despite grid bottlenecks",
    standfirst:
      "The 1.2-gigawatt Greyhaven Bank project could power a million homes, but the power lines on land will not be ready to carry its full output for at least two years.",
    blocks: [
      {
        type: "paragraph",
        text: "Brevonia’s largest offshore wind farm began sending electricity to the national grid on Wednesday, eleven years after the project was first proposed. The 94 turbines of the Greyhaven Bank scheme stand in shallow water 40 kilometres off the country’s north-west coast and have a combined capacity of 1.2 gigawatts, enough to supply about a million homes.",
      },
      {
        type: "paragraph",
        text: "The celebrations were muted by a familiar problem. The overhead power lines needed to carry Greyhaven’s full output inland have been delayed by planning disputes, and for at least two years the wind farm will be able to deliver only about 60 per cent of what it can generate. On windy nights, some turbines will simply be switched off.",
      },
      { type: "pullQuote", text: "On windy nights, some turbines will simply be switched off." },
      {
        type: "quote",
        text: "We built the power station faster than the country could build the cable. That should worry anyone who wants to decarbonise in a hurry.",
        cite: "Hanne Solvik-Reyes, chief executive of the grid operator Brevonet",
      },
      {
        type: "paragraph",
        text: "The project’s developer, a consortium led by Calderfield Energy, will receive compensation from the grid operator for electricity it is prevented from selling, under rules introduced three years ago. Critics say those payments, which could exceed $90m a year, will ultimately be added to household bills.",
      },
      {
        type: "paragraph",
        text: "Fishing organisations, which fought the project through two public inquiries, have reached an agreement allowing small boats to work between the turbines during daylight. Marine biologists from the University of Orrin will monitor the foundations, which early surveys suggest are already being colonised by mussels and crabs.",
      },
    ],
    tags: ["Energy", "Climate"],
    authors: ["mei-chen"],
    ...pic.harbour,
    imageCaption: "Turbine parts for Greyhaven Bank were shipped out through the port of Dunmore.",
  },
  {
    section: "world",
    headline: "Two journalists detained in Kaleth freed after weeks of diplomatic pressure",
    standfirst:
      "Reporter Ines Calder and camera operator Samir Haddou were held for 23 days after filming queues at a state-run pharmacy. They were released without charge on Sunday.",
    blocks: [
      {
        type: "paragraph",
        text: "Two foreign journalists detained in Kaleth for more than three weeks were released without charge on Sunday and flown to Calvera, their employer said. Ines Calder, a reporter, and Samir Haddou, a camera operator, had been held since police stopped them filming a queue outside a state-run pharmacy in the capital, Sarrow.",
      },
      {
        type: "paragraph",
        text: "Kalethi authorities had accused the pair of working without accreditation and of “spreading panic” about medicine shortages, an offence under an emergency decree issued when the country’s currency began to collapse. Their employer, the independent news agency Northlight Media, said both had valid press cards issued by Kaleth’s own information ministry.",
      },
      {
        type: "quote",
        text: "We spent most of the time not knowing what we were accused of. The guards were kind. The silence was the hard part.",
        cite: "Ines Calder, reporter for Northlight Media, speaking at Calvera airport",
      },
      {
        type: "paragraph",
        text: "Diplomats from four countries had raised the case with Kaleth’s government, and press freedom groups organised a petition that gathered more than 80,000 signatures. A person familiar with the negotiations said the release was agreed after Kaleth’s foreign minister was told that the detention was complicating talks over an emergency loan.",
      },
      {
        type: "paragraph",
        text: "Three Kalethi journalists arrested under the same decree remain in custody. The Sarrow Press Club said on Sunday it would continue to press for their release, and called on foreign governments not to forget “the colleagues who do not have passports that open doors”.",
      },
    ],
    tags: ["Journalism", "Diplomacy", "Media"],
    authors: ["anna-petrova"],
    ...pic.assembly,
    imageCaption: "Diplomats from four countries raised the case repeatedly with Kaleth’s government.",
  },
];
