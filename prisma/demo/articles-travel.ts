import type { DemoArticle } from "./content";

// Entirely fictional: the destinations, businesses and people below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  mountains: {
    image: "travel-1.jpg",
    imageAlt: "Illustration of a road winding through green hills and pine trees towards snow-capped mountains",
    imageCredit: credit,
  },
  coast: {
    image: "travel-2.jpg",
    imageAlt:
      "Illustration of a red-and-white lighthouse on a cliff above a turquoise sea, with a sailing boat and a sandy beach",
    imageCredit: credit,
  },
  wing: {
    image: "travel-3.jpg",
    imageAlt: "Illustration of an aircraft wing seen through a cabin window above a sea of clouds at sunrise",
    imageCredit: credit,
  },
} as const;

export const travelArticles: DemoArticle[] = [
  {
    section: "travel",
    headline: "48 hours in Calvera: tiled alleys, harbour cafés and the best fish stew on the coast",
    standfirst:
      "Estria’s second city is easy to reach, easy to walk and easy to love. Here is how to spend a weekend there without rushing.",
    blocks: [
      {
        type: "paragraph",
        text: "Calvera does not try very hard to impress visitors, which is a large part of its charm. The old town is a knot of steep alleys lined with blue-and-white tiles, the harbour still smells of diesel and fish in the mornings, and the best meals are served in places with plastic chairs. Two days is enough to get a feel for it; a week would not be too long.",
      },
      { type: "heading", text: "Day one" },
      {
        type: "paragraph",
        text: "Start early at the covered fish market, where stalls open at six and the café upstairs serves strong coffee and warm custard tarts to traders. Then climb the old town’s stairs to the Miradouro Santa Inês, a small terrace with a view over the rooftops to the harbour. In the afternoon, the Calvera Museum of Art is worth a visit for its Hélène Marchetti rooms alone.",
      },
      { type: "heading", text: "Day two" },
      {
        type: "paragraph",
        text: "Take the little ferry across the bay to Praia Velha, a fishing village with a long sandy beach and a string of seafood restaurants. Order the caldeirada, a stew of several kinds of fish, potatoes and peppers, and allow at least two hours. Return on the sunset ferry and finish with a glass of something local in one of the bars along the harbour wall.",
      },
      {
        type: "quote",
        text: "Visitors always ask where the locals eat. The answer is: at home, on Sunday, with their mothers. The second-best answer is the places with the ugliest chairs.",
        cite: "Inês Valadares, a food guide who leads walking tours of Calvera",
      },
      { type: "heading", text: "Practicalities" },
      {
        type: "list",
        items: [
          "Getting there: direct trains from the capital take about three hours",
          "Getting around: the old town is best on foot; trams cover the rest",
          "Where to stay: small guesthouses in the old town are better value than the harbour hotels",
          "When to go: May, June and September, when it is warm but not crowded",
        ],
      },
      {
        type: "paragraph",
        text: "Calvera is busiest in July and August, when cruise ships call several times a week and the old town can feel crowded by midday. Visit in late spring or early autumn, when the sea is still warm enough for swimming, restaurants have time to talk, and the evening light on the tiles is at its loveliest.",
      },
    ],
    tags: ["Cities", "Food", "Travel tips"],
    authors: ["zoe-alvarez"],
    ...pic.coast,
    imageCaption: "The little ferry to Praia Velha leaves from Calvera’s harbour every half hour.",
  },
  {
    section: "travel",
    headline: "By slow train across the Urals, with tea, strangers and a change of continent",
    standfirst: "The 26-hour journey from Belozorsk to Verkhnelesk is not the fastest way east. It may be the best.",
    blocks: [
      {
        type: "paragraph",
        text: "The train leaves Belozorsk a little after nine in the evening, and by the time the carriage attendant has come round with sheets and a glass of tea in a metal holder, the lights of the town have given way to darkness and the occasional level crossing. I am in a four-berth compartment with a retired engineer, a veterinary student and her very well-behaved dog.",
      },
      {
        type: "paragraph",
        text: "Overnight trains in this part of the world are not a novelty for tourists. They are how people travel, and the social rules are well established. You share food. You offer the lower bunk to anyone older than you. You do not talk about politics before breakfast. By morning, the engineer has produced boiled eggs, cucumbers and a jar of his wife’s pickled mushrooms, and we are old friends.",
      },
      {
        type: "quote",
        text: "On a plane you arrive. On a train you travel. I have done both, and at my age I prefer to travel.",
        cite: "Gennady Ryabov, a retired engineer and fellow passenger",
      },
      { type: "pullQuote", text: "You do not talk about politics before breakfast." },
      {
        type: "paragraph",
        text: "The highlight comes in the early afternoon, when the line climbs gently through the Urals. These are not dramatic mountains — more rounded, forested hills than Alpine peaks — but there is a stone obelisk beside the track marking the boundary between Europe and Asia, and passengers crowd to the windows to photograph it as the train rattles past.",
      },
      {
        type: "paragraph",
        text: "Practicalities: tickets can be bought online up to 90 days in advance, and a berth in a four-person compartment costs about the same as a cheap hotel room. Bring slippers, a mug, instant noodles and cash for the platform sellers who appear at longer stops with smoked fish, pies and berries.",
      },
    ],
    tags: ["Transport", "Mountains", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.mountains,
    imageCaption: "The line climbs gently through the forested hills of the Urals.",
  },
  {
    section: "travel",
    headline: "The Serra Alta pass reopens for summer — and it is one of the great drives",
    standfirst:
      "Closed by snow for seven months of the year, the road over the Serra Alta climbs 48 hairpin bends to 2,300 metres. Take it slowly.",
    blocks: [
      {
        type: "paragraph",
        text: "The road over the Serra Alta pass reopened on Saturday after its winter closure, as snowploughs cleared the final drifts near the summit, some of them still taller than a bus. For the next five months, drivers, cyclists and motorcyclists will be able to cross one of the most spectacular mountain roads on the continent, climbing 48 numbered hairpins from the valley floor to 2,300 metres.",
      },
      {
        type: "paragraph",
        text: "The road was built in the 1930s, largely by hand, and it shows. The stone walls that line the hairpins are original, and the gradient reaches 14 per cent in places. Near the top, the pine forest gives way to meadows full of wild flowers in July, and then to bare rock and snowfields that linger well into summer.",
      },
      {
        type: "quote",
        text: "People come up in a hurry and go down slowly. It should be the other way round. The best things on this road are the ones you miss at fifty kilometres an hour.",
        cite: "Aurelio Bassani, who has run the refuge at the summit for 27 years",
      },
      { type: "heading", text: "Before you go" },
      {
        type: "list",
        items: [
          "Check opening times: the pass can close at short notice in bad weather",
          "Use low gears on the descent to avoid overheating your brakes",
          "Large campervans are discouraged on the northern side",
          "Start early in summer to avoid afternoon thunderstorms",
        ],
      },
      {
        type: "paragraph",
        text: "At the summit, the refuge serves polenta with mushrooms and a famously strong coffee, and its terrace looks out over a chain of peaks that runs to the horizon. There is a small chapel, a lake that stays frozen until June and, on clear days, a view of the sea more than a hundred kilometres away.",
      },
      {
        type: "paragraph",
        text: "If you have time, stay overnight in the village of San Ilario on the southern side, where family-run guesthouses offer simple rooms and enormous breakfasts. The road is quietest in the early morning, when you may share it with nothing but marmots and the occasional determined cyclist.",
      },
    ],
    tags: ["Mountains", "Travel tips"],
    authors: ["zoe-alvarez"],
    ...pic.mountains,
    imageCaption: "The road climbs 48 hairpins from the valley floor to the summit refuge.",
  },
  {
    section: "travel",
    headline: "Why short-haul airfares are rising this summer, and how to pay less",
    standfirst:
      "Fewer seats, higher fuel costs and an airline merger have pushed up prices on popular routes. But there are still ways to find a bargain.",
    blocks: [
      {
        type: "paragraph",
        text: "Travellers booking summer holidays are facing significantly higher fares on short-haul routes, with average economy prices up about 14 per cent on last year, according to data compiled by the travel comparison site Fareglass. On some routes from Calvera, where Vantrell Airways is absorbing its former rival Skylark, prices have risen by more than a quarter.",
      },
      {
        type: "paragraph",
        text: "Several factors are at work. Airlines are flying fewer seats than before, partly because of delays in deliveries of new aircraft. Jet fuel is more expensive than a year ago. And consolidation has reduced competition on some routes, although regulators required Vantrell to give up slots at Calvera as a condition of its takeover.",
      },
      {
        type: "quote",
        text: "The cheapest fare is usually the one you book on a Tuesday evening for a midweek flight, six to eight weeks ahead. That is less a law than a pattern, but it is a strong one.",
        cite: "Ilona Kessler, head of data at Fareglass",
      },
      {
        type: "list",
        items: [
          "Be flexible: flying midweek can save a fifth or more",
          "Compare nearby airports, including smaller regional ones",
          "Consider the train for journeys under five hours",
          "Book luggage in advance; adding it at the airport is far more expensive",
        ],
      },
      {
        type: "paragraph",
        text: "Passenger groups have also urged travellers to read the small print. Many of the lowest advertised fares now exclude seat selection and hand luggage larger than a small bag, and some airlines charge for printing a boarding pass at the airport. Comparing the final price, rather than the headline fare, is essential.",
      },
      {
        type: "paragraph",
        text: "Industry analysts expect prices to stay high until at least the end of the summer, when new aircraft deliveries should begin to ease capacity. For some journeys, though, the most effective saving may be not to fly at all. Night trains, slower but often cheaper once a hotel is accounted for, are enjoying a revival on several routes.",
      },
    ],
    tags: ["Travel tips", "Transport", "Economy"],
    authors: ["tomas-novak"],
    ...pic.wing,
    imageCaption: "Average short-haul economy fares are up about 14 per cent on last year.",
  },
  {
    section: "travel",
    headline: "Sleep where the lighthouse keepers slept: coastal cottages open to guests",
    standfirst:
      "Six former keepers’ cottages along the Tarrow coast have been restored by a heritage trust and can now be rented by the week.",
    blocks: [
      {
        type: "paragraph",
        text: "For more than a century, the lighthouses along the wild western coast of the Isles of Tarrow were tended by keepers who lived with their families in small stone cottages at the foot of each tower. The lights were automated decades ago, and most of the cottages fell empty. Now six of them have been restored by a heritage trust and opened to holidaymakers.",
      },
      {
        type: "paragraph",
        text: "The cottages sleep between two and six people and have been furnished simply, with wood-burning stoves, thick walls and windows facing the sea. There is no television and, in two of them, no mobile signal. Each comes with a logbook in which guests are encouraged to record the weather, the ships they see and the birds, as the keepers once did.",
      },
      {
        type: "quote",
        text: "My grandfather kept the light at Carrick Head for thirty years. He would be astonished that people pay to live the way he did. He would also, I think, be pleased.",
        cite: "Fiona MacAllister-Reid, a trustee of the Tarrow Lights Trust",
      },
      {
        type: "pullQuote",
        text: "Each cottage comes with a logbook, in which guests record the weather, the ships and the birds.",
      },
      {
        type: "paragraph",
        text: "The lighthouses themselves remain working aids to navigation and are not open to guests, although the trust runs guided tours of the tower at Carrick Head on summer afternoons. The coastline around them is excellent for walking, with seabird colonies, sheltered coves and, in late summer, a good chance of seeing dolphins.",
      },
      {
        type: "paragraph",
        text: "Prices range from about $600 to $1,400 a week depending on the season and the size of the cottage. The trust says income from rentals will fund the maintenance of the buildings and a small education programme for local schools. Bookings for the summer opened last week and are filling quickly.",
      },
    ],
    tags: ["Heritage", "Travel tips"],
    authors: ["zoe-alvarez"],
    ...pic.coast,
    imageCaption: "The lighthouse at Carrick Head is open for guided tours on summer afternoons.",
  },
  {
    section: "travel",
    headline: "Hut to hut in the Vessel range: five days, four refuges and no luggage",
    standfirst:
      "A network of mountain huts makes it possible to walk a high-level route across the range carrying only a daypack. Our writer tried it.",
    blocks: [
      {
        type: "paragraph",
        text: "On the morning of the third day I woke in a dormitory at 2,400 metres to the sound of a hut warden banging a saucepan with a ladle. It was 5:30. Breakfast was bread, jam and a bowl of milky coffee the size of a soup plate. By six, twenty-odd walkers were lacing their boots on the terrace, watching the sun come up over a ridge we would cross by noon.",
      },
      {
        type: "paragraph",
        text: "The Vessel High Route links four mountain refuges over roughly 70 kilometres, with a total ascent of about 5,000 metres. Each day involves five to seven hours of walking on well-marked paths, some of them steep and rocky but none requiring climbing skills. Because the huts provide dinner, breakfast and a bed, walkers need to carry only water, lunch, waterproofs and a sleeping-bag liner.",
      },
      {
        type: "quote",
        text: "People think the mountains are about the summits. For me they are about the evenings: forty strangers at one long table, all too tired to pretend to be anyone.",
        cite: "Lotte Vermeulen, warden of the Refuge des Crêtes",
      },
      {
        type: "paragraph",
        text: "The huts vary in character. The first, near a glacial lake, is modern and almost luxurious, with hot showers. The highest is a stone building with bunks for thirty, where water comes from a snowmelt spring and the toilet is a short, cold walk away. All serve hearty, simple food, and most can prepare packed lunches if asked the night before.",
      },
      {
        type: "paragraph",
        text: "The route is open from late June to mid-September. Huts must be booked in advance, especially at weekends, and walkers should be prepared for sudden changes in weather at any time of year. I was caught in a hailstorm on the fourth afternoon, twenty minutes from shelter, and have rarely been so pleased to see a hut.",
      },
    ],
    tags: ["Mountains", "Travel tips"],
    authors: ["zoe-alvarez"],
    ...pic.mountains,
    imageCaption: "The Vessel High Route climbs from pine forest to bare rock and snowfields.",
  },
  {
    section: "travel",
    headline: "Travel insurance: what is actually covered, and what is not",
    standfirst:
      "Most policies look similar until you need to claim. Here are the exclusions that catch travellers out most often.",
    blocks: [
      {
        type: "paragraph",
        text: "Travel insurance is one of those purchases most people make quickly and read never. That is understandable: the documents are long and the language is dense. But according to the national ombudsman for financial services, complaints about rejected travel claims rose by almost a third last year, and many involved exclusions that were clearly set out in the policy.",
      },
      { type: "heading", text: "The most common surprises" },
      {
        type: "list",
        items: [
          "Pre-existing medical conditions that were not declared when buying the policy",
          "Injuries sustained while under the influence of alcohol",
          "Winter sports and ‘hazardous activities’, which often need an add-on",
          "Unattended belongings, such as a bag left in a parked car",
          "Cancellations because you simply changed your mind",
        ],
      },
      {
        type: "quote",
        text: "The policy is not a promise to pay for anything that goes wrong. It is a list of specific things it will pay for. Read the list.",
        cite: "Rebecca Lindholm, travel specialist at the Consumer Rights Council",
      },
      {
        type: "paragraph",
        text: "Medical cover is the part that matters most. A serious illness or accident abroad can cost tens of thousands in hospital bills and repatriation, which is far more than the cost of a lost suitcase or a cancelled hotel. Experts recommend checking that medical cover runs to several million and includes the cost of getting home if needed.",
      },
      {
        type: "paragraph",
        text: "It is also worth checking what cover you already have. Some bank accounts and credit cards include travel insurance, although often with lower limits or age restrictions. And if you do need to claim, keep every receipt, get written reports from police or doctors, and contact your insurer as early as possible, ideally before paying large bills yourself.",
      },
      {
        type: "paragraph",
        text: "Finally, buy the policy as soon as you book the trip, not the week before you leave. Cancellation cover only protects you from events that happen after the policy starts, so a policy bought late will not help if you fall ill, or a close relative does, in the weeks before departure.",
      },
    ],
    tags: ["Travel tips", "Banking"],
    authors: ["tomas-novak"],
    ...pic.wing,
    imageCaption: "Complaints about rejected travel claims rose by almost a third last year.",
  },
  {
    section: "travel",
    headline: "Ferry to the outer Tarrow islands returns after a two-year gap",
    standfirst:
      "The new hybrid ferry, partly battery-powered, restores a daily link to three islands whose residents had relied on a weekly cargo boat.",
    blocks: [
      {
        type: "paragraph",
        text: "A daily passenger ferry service to the three outer islands of the Tarrow archipelago resumed on Monday, two years after the previous vessel was withdrawn because of corrosion. The new ship, the ‘Morven’, carries 180 passengers and 24 cars and runs partly on batteries charged overnight from a wind turbine at the mainland terminal.",
      },
      {
        type: "paragraph",
        text: "For the roughly 1,100 residents of the outer islands, the gap in service had been a serious hardship. A weekly cargo boat carried supplies and a handful of passengers, but anyone with a hospital appointment or a flight to catch had to charter a fishing boat or wait for a small plane that could not fly in poor weather.",
      },
      {
        type: "quote",
        text: "For two years, every trip to the dentist was a logistics exercise. Today my daughter went to school on the mainland and will come home for dinner. That is all we wanted.",
        cite: "Morag Dunleavy, a teacher on the island of Innis Bàn",
      },
      {
        type: "paragraph",
        text: "Visitors are expected to follow. The outer islands have white sand beaches, a ruined medieval chapel and some of the best birdwatching in the region, but few tourists made the journey while the link was suspended. Island businesses, from guesthouses to a small smokehouse, say bookings for the summer have already doubled.",
      },
      {
        type: "paragraph",
        text: "The crossing takes about two and a half hours each way. Fares for islanders are subsidised, and cars must be booked in advance during the summer months. The operator has promised a second vessel within three years to provide cover during maintenance, ending the islands’ dependence on a single ship.",
      },
    ],
    tags: ["Transport", "Energy"],
    authors: ["zoe-alvarez"],
    ...pic.coast,
    imageCaption: "The ‘Morven’ sails daily from the mainland to the three outer islands.",
  },
  {
    section: "travel",
    headline: "Flying with small children: a practical guide from parents who have survived it",
    standfirst:
      "We asked readers for their best advice. The most common answer was: lower your expectations, and pack more snacks than seems reasonable.",
    blocks: [
      {
        type: "paragraph",
        text: "Few travel experiences inspire as much dread as a long flight with a toddler. When we asked readers to share their advice, we received more than 600 replies, ranging from the deeply practical to the frankly desperate. Here is a distillation of what they told us, checked with cabin crew and a paediatric nurse.",
      },
      { type: "heading", text: "Before you fly" },
      {
        type: "list",
        items: [
          "Book seats together early; families are not always seated together automatically",
          "Choose flights that match the children’s sleep times where possible",
          "Pack a change of clothes for every child — and one for yourself",
          "Bring an empty water bottle to fill after security",
        ],
      },
      {
        type: "paragraph",
        text: "On board, several readers recommended a bag of small, wrapped surprises — stickers, a new crayon, a tiny toy — to be handed out one at a time over the journey. Feeding or giving a drink during take-off and landing can help with ear pressure, our paediatric nurse said, though many children sleep through it anyway.",
      },
      {
        type: "quote",
        text: "Ask for help. We are trained to deal with far worse than a crying baby, and we would honestly rather help than watch you struggle.",
        cite: "Nadia Rahimi-Cole, cabin crew member for fourteen years",
      },
      {
        type: "paragraph",
        text: "Screens are a lifeline for many families, but readers advised downloading films and games before leaving home, since inflight systems may not work and airport Wi-Fi is unreliable. Child-sized headphones with volume limits are worth the investment. Several parents also suggested walking the aisle with restless toddlers when the seatbelt sign is off.",
      },
      {
        type: "paragraph",
        text: "Above all, readers urged parents not to worry too much about other passengers. Most people are more sympathetic than they appear, and those who are not will forget about you the moment they leave the plane. “Nobody remembers the baby who cried on a flight,” one reader wrote, “except the parents.”",
      },
    ],
    tags: ["Travel tips", "Transport"],
    authors: ["zoe-alvarez"],
    ...pic.wing,
    imageCaption: "More than 600 readers sent us their advice for flying with children.",
  },
  {
    section: "travel",
    headline: "A dumpling trail along the Volga, one steaming plate at a time",
    standfirst:
      "In the river towns around Belozorsk, every family claims to make the best пельмени. Our correspondent spent a week eating his way to a verdict — and failed to reach one.",
    blocks: [
      {
        type: "paragraph",
        text: "In Belozorsk, the argument begins before you have even sat down. The woman who runs the café by the ferry pier insists that proper dumplings — pelmeni, пельмени on the menu board — must contain three kinds of meat. The man at the market stall opposite says two is plenty and three is showing off. Both are adamant. Both, it turns out, are delicious.",
      },
      {
        type: "paragraph",
        text: "Pelmeni are small, thin-skinned dumplings, usually filled with minced meat and onion, boiled and served with sour cream, butter or vinegar. They are eaten across the country, but in the towns along this stretch of the Volga they are also made with river fish, mushrooms or, in one memorable village café, a mixture of pumpkin and dill.",
      },
      {
        type: "quote",
        text: "Every family has its own recipe, and every family is wrong except mine.",
        cite: "Lyudmila Zhukova, owner of the Pier Café in Belozorsk",
      },
      {
        type: "paragraph",
        text: "The best place to understand the tradition is in a kitchen. Several guesthouses in Belozorsk now offer evening classes, where guests learn to roll the dough thin enough to read a newspaper through it and pinch hundreds of dumplings into shape. The results are frozen outside on the balcony in winter, as families here have done for generations.",
      },
      {
        type: "paragraph",
        text: "Over a week I ate pelmeni in eleven places and asked every cook the same question: what makes the best? I received eleven different answers, a great deal of advice about sour cream, and an invitation to a wedding. I did not reach a verdict. I suspect that was always the point.",
      },
    ],
    tags: ["Food", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.mountains,
    imageCaption: "Country roads link the river towns along the dumpling trail.",
  },
];
