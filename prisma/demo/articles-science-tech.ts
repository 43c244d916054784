import type { DemoArticle } from "./content";

// Entirely fictional: the institutes, companies, researchers and findings below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  circuit: {
    image: "science-tech-1.jpg",
    imageAlt: "Illustration of glowing green circuit-board traces running outwards from a central microchip",
    imageCredit: credit,
  },
  telescope: {
    image: "science-tech-2.jpg",
    imageAlt: "Illustration of a large radio telescope dish pointing at a starry night sky above dark hills",
    imageCredit: credit,
  },
  molecule: {
    image: "science-tech-3.jpg",
    imageAlt: "Illustration of glowing pink, blue, yellow and violet spheres joined by lines, like a molecular model",
    imageCredit: credit,
  },
} as const;

export const scienceTechArticles: DemoArticle[] = [
  {
    section: "science-tech",
    headline: "Radio telescope detects repeating burst from a galaxy three billion light years away",
    standfirst:
      "Astronomers at the Orrin Radio Observatory say the signal repeats every 16.4 days, a rhythm that could help explain one of astronomy’s enduring puzzles.",
    blocks: [
      {
        type: "paragraph",
        text: "Astronomers using the 70-metre dish at the Orrin Radio Observatory have detected a source of fast radio bursts that repeats on a regular cycle of 16.4 days, according to a paper published this week. The bursts, each lasting only a few thousandths of a second, originate in a dwarf galaxy about three billion light years from Earth.",
      },
      {
        type: "paragraph",
        text: "Fast radio bursts were first identified less than two decades ago, and most are seen only once. A small number repeat, but rarely with any clear pattern. The Orrin team observed the source on 212 nights over three years and found that bursts arrive only during a four-day window in each cycle, then fall silent.",
      },
      {
        type: "quote",
        text: "A regular rhythm is a clue. Something is orbiting, or something is rotating, and the bursts only escape when it is pointing our way.",
        cite: "Dr Tamsin Varga-Eze, lead author of the study",
      },
      {
        type: "paragraph",
        text: "Leading explanations include a highly magnetised neutron star in orbit around a companion star, whose wind periodically blocks the signal. Other researchers have suggested a slowly wobbling neutron star, whose beam sweeps past Earth in a regular pattern. The team hopes to distinguish between the two by observing the bursts at different radio frequencies.",
      },
      {
        type: "paragraph",
        text: "The observatory, built decades ago to track satellites, was saved from closure ten years ago by a consortium of universities. Its director said the discovery showed that older instruments could still do cutting-edge science when they were allowed to stare at one patch of sky for a very long time.",
      },
    ],
    tags: ["Space", "Research"],
    authors: ["mei-chen"],
    ...pic.telescope,
    imageCaption: "The Orrin team observed the source on 212 nights over three years.",
  },
  {
    section: "science-tech",
    headline: "Researchers build sodium battery with an electrode made from sawdust",
    standfirst:
      "The prototype stores less energy than a lithium cell but uses cheaper, more abundant materials. Its developers see it in home storage, not phones.",
    blocks: [
      {
        type: "paragraph",
        text: "Chemists at the Lindgren Institute of Materials Science have built a rechargeable sodium-ion battery whose negative electrode is made from hard carbon derived from pine sawdust, a waste product of the timber industry. In laboratory tests reported on Wednesday, the cell kept 88 per cent of its capacity after 3,000 charge cycles.",
      },
      {
        type: "paragraph",
        text: "Sodium-ion batteries are attracting interest because sodium is far more abundant and cheaper than lithium, and because they can be built without cobalt or nickel. Their weakness is energy density: a sodium cell of a given weight stores around a third less energy than a good lithium one, which makes it less suitable for phones and long-range cars.",
      },
      {
        type: "quote",
        text: "Nobody should expect this in a smartphone. But a battery in a garage or beside a solar farm does not care how much it weighs. It cares what it costs.",
        cite: "Professor Mikael Strand, who led the research team",
      },
      { type: "heading", text: "Where it could be used" },
      {
        type: "list",
        items: [
          "Home batteries paired with rooftop solar panels",
          "Grid storage beside wind and solar farms",
          "Small city vehicles such as delivery scooters",
          "Backup power for telecoms masts in cold climates",
        ],
      },
      {
        type: "paragraph",
        text: "The sawdust-derived carbon is made by heating the wood waste to around 1,300°C in the absence of oxygen. The researchers say the process could be carried out near sawmills, reducing transport costs, and estimate that the finished electrode material would cost about a quarter as much as the graphite used in lithium-ion cells.",
      },
      {
        type: "paragraph",
        text: "Independent experts said the results were promising but cautioned that laboratory cells often behave differently when scaled up to commercial size. The institute is working with a battery manufacturer on a pilot production line, with the aim of producing cells in larger formats within two years.",
      },
    ],
    tags: ["Energy", "Research"],
    authors: ["mei-chen"],
    ...pic.molecule,
    imageCaption: "The electrode material is made by heating wood waste to around 1,300°C without oxygen.",
  },
  {
    section: "science-tech",
    headline: "AI model gives two extra days of warning for river floods, study finds",
    standfirst:
      "Trained on forty years of rainfall and river data, the system anticipated most major floods earlier than existing forecasts — but its makers say it is not ready to replace them.",
    blocks: [
      {
        type: "paragraph",
        text: "A machine-learning model developed at the University of Orrin can predict serious river floods up to two days earlier than conventional forecasting methods, according to a study published on Monday. The researchers tested the system on 160 rivers and found it correctly anticipated 84 per cent of major floods at least three days in advance.",
      },
      {
        type: "paragraph",
        text: "Traditional flood forecasts rely on physical models that simulate how rain runs off the land and flows into rivers. The new system was instead trained on forty years of measurements of rainfall, snowmelt, soil moisture and river levels, learning the patterns that precede floods without being told the underlying physics.",
      },
      {
        type: "quote",
        text: "It is good at spotting the shape of a coming flood. It is much less good at telling you why, and forecasters quite reasonably want to know why before they evacuate a town.",
        cite: "Dr Nadia Petrosyan, hydrologist at the University of Orrin",
      },
      {
        type: "pullQuote",
        text: "It correctly anticipated 84 per cent of major floods at least three days in advance.",
      },
      {
        type: "paragraph",
        text: "The team says the model should be used alongside existing forecasts rather than replacing them. It performed poorly on rivers where dams and reservoirs regulate the flow, because human decisions about releasing water are not captured in the historical data. It also struggles with flash floods in small mountain streams.",
      },
      {
        type: "paragraph",
        text: "Several national weather services have asked to test the system. The researchers have published their code and training data, a decision they said was intended to let poorer countries, which often lack expensive forecasting infrastructure, run the model on ordinary computers.",
      },
    ],
    tags: ["Artificial intelligence", "Climate", "Research"],
    authors: ["mei-chen"],
    ...pic.circuit,
    imageCaption: "The model was tested on 160 rivers with forty years of records.",
  },
  {
    section: "science-tech",
    headline: "Cyberattack knocks out ticket machines across Calvera’s transport network",
    standfirst:
      "Trams and buses ran free for most of Tuesday after ransomware disabled payment systems. Officials say no passenger data appears to have been stolen.",
    blocks: [
      {
        type: "paragraph",
        text: "Passengers travelled free on Calvera’s trams and buses for most of Tuesday after a ransomware attack disabled ticket machines, contactless card readers and the network’s mobile app. The city’s transport authority said services continued to run normally because the signalling systems are on a separate network that was not affected.",
      },
      {
        type: "paragraph",
        text: "The attack was discovered shortly after 5 a.m., when staff found that ticket machines at several stations were displaying a message demanding payment in cryptocurrency. Engineers shut down the payment system as a precaution, and the authority decided to suspend fares rather than risk confrontations between passengers and inspectors.",
      },
      {
        type: "quote",
        text: "We will not pay. We have backups, we have a plan, and we would rather lose a day of fares than fund the people who did this.",
        cite: "Marguerite Oyelaran-Holt, chief executive of Calvera Metropolitan Transport",
      },
      {
        type: "paragraph",
        text: "Security specialists said the attack appeared to have entered through a maintenance account belonging to an outside contractor, a common weak point for public bodies. The authority said it had no evidence that customer data, including card details stored by the app, had been accessed, but it has informed the data protection regulator as a precaution.",
      },
      {
        type: "paragraph",
        text: "Payment systems were gradually restored from Wednesday morning. The incident is the third ransomware attack on a public body in Estria this year, after similar incidents at a hospital trust and a regional tax office, and has renewed calls for minimum security standards for contractors working on public systems.",
      },
    ],
    tags: ["Cybersecurity", "Cities", "Transport"],
    authors: ["mei-chen"],
    ...pic.circuit,
    imageCaption: "The attackers appear to have entered through a contractor’s maintenance account.",
  },
  {
    section: "science-tech",
    headline: "Student-built satellite the size of a shoebox sends its first pictures home",
    standfirst:
      "Orrinsat-1 was designed and assembled by 40 undergraduates over four years. Its first image shows the coastline of the Isles of Tarrow under thin cloud.",
    blocks: [
      {
        type: "paragraph",
        text: "A satellite built by students at the University of Orrin sent back its first photographs on Saturday, three weeks after it was launched as a secondary payload on a commercial rocket. The first image, taken from an altitude of 520 kilometres, shows the coastline of the Isles of Tarrow under a thin layer of cloud.",
      },
      {
        type: "paragraph",
        text: "Orrinsat-1 is a so-called CubeSat, made of three ten-centimetre cubes stacked together, and weighs just under four kilograms. About forty undergraduates worked on it over four years, designing the camera, the power system and a radio that transmits data to a ground station on the roof of the university’s engineering building.",
      },
      {
        type: "quote",
        text: "We lost contact for two days after launch, and I did not sleep at all. When the first packet came through at 3 a.m., half the team was asleep on the floor of the ground station.",
        cite: "Priyanka Das, final-year engineering student and mission lead",
      },
      {
        type: "paragraph",
        text: "The satellite’s main scientific task is to monitor algal blooms in coastal waters, using a camera sensitive to wavelengths that reveal chlorophyll. The students will share their data with the university’s marine science department, which has tracked harmful blooms along the coast for more than a decade.",
      },
      {
        type: "paragraph",
        text: "Orrinsat-1 is expected to operate for about eighteen months before atmospheric drag pulls it down to burn up on re-entry. A second satellite, designed to test a small electric thruster, is already under construction, funded partly by a crowdfunding campaign that raised more than its target in a week.",
      },
    ],
    tags: ["Space", "Education"],
    authors: ["mei-chen"],
    ...pic.telescope,
    imageCaption: "The students’ ground station picked up the first data packet at 3 a.m.",
  },
  {
    section: "science-tech",
    headline: "Engineered enzyme breaks down plastic bottles in under ten hours",
    standfirst:
      "The modified protein works at lower temperatures than earlier versions, which could make industrial recycling of PET cheaper — if it can be produced at scale.",
    blocks: [
      {
        type: "paragraph",
        text: "Scientists have engineered an enzyme that can break down PET, the plastic used in most drinks bottles, into its basic chemical building blocks in under ten hours at 50°C. The research, published on Thursday by a team at the Aubrey Centre for Molecular Biology, builds on enzymes first found in bacteria living at a waste-processing site.",
      },
      {
        type: "paragraph",
        text: "Enzymes that digest PET have been known for years, but most work slowly or only at temperatures close to the plastic’s softening point, which makes the process energy-intensive. The Aubrey team used computer modelling to identify changes that make the enzyme more stable, then tested thousands of variants in the lab to find the fastest.",
      },
      {
        type: "quote",
        text: "Mechanical recycling turns a bottle into a slightly worse bottle. This turns it back into the raw materials, which can become a bottle as good as new.",
        cite: "Dr Rosalind Mbatha-Kerr, who led the research at the Aubrey Centre",
      },
      { type: "heading", text: "The catch" },
      {
        type: "paragraph",
        text: "The enzyme must still be produced in large quantities, and plastic waste must be shredded and cleaned before treatment, adding cost. A life-cycle analysis published alongside the paper suggests the process would only beat making new plastic from oil on price if the enzyme could be reused across several batches.",
      },
      {
        type: "paragraph",
        text: "A recycling company has agreed to test the enzyme in a demonstration plant capable of processing two tonnes of waste a day. The researchers said they were also studying whether the approach could work on polyester textiles, which are currently almost impossible to recycle into new fibre.",
      },
    ],
    tags: ["Research", "Climate"],
    authors: ["mei-chen"],
    ...pic.molecule,
    imageCaption: "Thousands of enzyme variants were tested to find the fastest.",
  },
  {
    section: "science-tech",
    headline: "Explainer: how quantum sensors could map water hidden underground",
    standfirst:
      "Devices that measure tiny changes in gravity are moving out of the laboratory. Here is how they work, and why farmers and city engineers are interested.",
    blocks: [
      {
        type: "paragraph",
        text: "For most of history, finding water underground has meant drilling and hoping. A new generation of instruments known as quantum gravity sensors promises to change that, by detecting the faint pull of water-filled rock from the surface. A field trial in the Sundaran Federation this year mapped an aquifer beneath 40 square kilometres of farmland in three weeks.",
      },
      { type: "heading", text: "How do they work?" },
      {
        type: "paragraph",
        text: "The sensors cool a cloud of atoms to a fraction of a degree above absolute zero and drop them inside a vacuum chamber. By measuring exactly how the atoms fall, the instrument detects changes in gravity as small as a billionth of the Earth’s pull. Water is denser than the air in rock pores, so a water-filled layer produces a slightly stronger signal.",
      },
      { type: "heading", text: "Who wants them?" },
      {
        type: "list",
        items: [
          "Farmers in drought-prone regions, to find and monitor groundwater",
          "City engineers, to locate old pipes, tunnels and sinkholes without digging",
          "Volcanologists, to watch magma moving beneath the surface",
          "Archaeologists, to find buried chambers and foundations",
        ],
      },
      {
        type: "quote",
        text: "Ten years ago this was a physics experiment that filled a room. Now it fits in the back of a van, and next it will fit on a drone.",
        cite: "Professor Hamid Saberi, head of quantum sensing at the Lindgren Institute",
      },
      {
        type: "paragraph",
        text: "The sensors are still expensive, costing several hundred thousand dollars each, and they are sensitive to vibration, so surveys work best at night or on quiet rural sites. Several start-ups are now working on smaller, cheaper versions, and researchers expect prices to fall sharply within the decade.",
      },
      {
        type: "paragraph",
        text: "There are limits to what gravity alone can reveal. A sensor can show that something dense lies below, but not always whether it is water, clay or rock, so surveys are usually combined with a few test boreholes. Even so, farmers in the trial said knowing where to drill first could save them years of expensive guesswork.",
      },
    ],
    tags: ["Research", "Agriculture"],
    authors: ["mei-chen"],
    ...pic.molecule,
    imageCaption: "The sensors measure how clouds of ultra-cold atoms fall inside a vacuum chamber.",
  },
  {
    section: "science-tech",
    headline: "Tessellate opens chip plant, bringing 900 jobs to a former shipyard",
    standfirst:
      "The company will make specialist chips for sensors and power electronics rather than cutting-edge processors — a niche its founders say is both profitable and overlooked.",
    blocks: [
      {
        type: "paragraph",
        text: "The semiconductor company Tessellate opened its first chip fabrication plant on Friday on the site of a former shipyard in the port of Dunmore, creating about 900 jobs in a town where unemployment has long been above the national average. The $1.3bn plant will produce chips used in car sensors, electric motors and solar inverters.",
      },
      {
        type: "paragraph",
        text: "Unlike the giant factories that make the most advanced processors for phones and data centres, Tessellate’s plant uses older, cheaper manufacturing processes. Its founders argue that these ‘mature’ chips are in chronically short supply, as the shortages that halted car production lines a few years ago showed, and that few companies are investing in new capacity for them.",
      },
      {
        type: "quote",
        text: "Everyone wants to build the fastest chip in the world. We want to build the one that tells a car window to stop closing on a child’s arm. There are billions of those, and not enough of them.",
        cite: "Yara Benedek, co-founder and chief technology officer of Tessellate",
      },
      { type: "pullQuote", text: "There are billions of those chips, and not enough of them." },
      {
        type: "paragraph",
        text: "The plant received a government grant of $280m, part of a programme to strengthen domestic supply chains. About a third of the workforce will be technicians trained at the local college, which has built a teaching cleanroom with support from the company. Former shipyard workers were given priority in recruitment.",
      },
      {
        type: "paragraph",
        text: "Full production is expected within eighteen months. Environmental groups have raised concerns about the plant’s water use, which will reach about four million litres a day, and the company has promised to recycle at least 70 per cent of it on site.",
      },
    ],
    tags: ["Jobs", "Economy"],
    authors: ["mei-chen", "tomas-novak"],
    ...pic.circuit,
    imageCaption: "Tessellate’s chips will go into car sensors, electric motors and solar inverters.",
  },
  {
    section: "science-tech",
    headline: "Retired teacher discovers a comet from her back garden",
    standfirst:
      "Comet Halloran, spotted with a 20-centimetre telescope and a great deal of patience, should be visible through binoculars in the evening sky next month.",
    blocks: [
      {
        type: "paragraph",
        text: "A retired maths teacher has discovered a new comet using a 20-centimetre telescope in her back garden, the first comet found by an amateur astronomer in the country for more than thirty years. Margaret Halloran, 68, spotted the faint, fuzzy object in images she took on a clear night last week and reported it to the international clearing house for comet discoveries.",
      },
      {
        type: "paragraph",
        text: "Professional observatories confirmed the discovery within two days, and the comet has been officially named after her. Calculations suggest it is on a long, elongated orbit that last brought it close to the Sun roughly 4,000 years ago, and that it will pass closest to our planet next month at a safe distance of about 90 million kilometres.",
      },
      {
        type: "quote",
        text: "I have been photographing the same patch of sky for eleven years. Most nights there is nothing new. This time there was a smudge that had not been there before, and I looked at it for an hour before I let myself believe it.",
        cite: "Margaret Halloran, amateur astronomer",
      },
      {
        type: "paragraph",
        text: "Halloran taught mathematics for 34 years at a secondary school in Fellbrook and took up astronomy when she retired. She has since given talks at the town library, where a queue formed on Monday evening to hear her describe the discovery, and she has been invited to visit the Orrin Radio Observatory.",
      },
      { type: "heading", text: "How to see it" },
      {
        type: "list",
        ordered: true,
        items: [
          "Find a dark spot away from street lights",
          "Look low in the western sky about an hour after sunset",
          "Use binoculars: the comet will appear as a faint, fuzzy patch with a short tail",
          "Give your eyes at least fifteen minutes to adjust to the dark",
        ],
      },
      {
        type: "paragraph",
        text: "Astronomers cautioned that comets are notoriously unpredictable. Comet Halloran could brighten suddenly if it sheds dust as it approaches the Sun, or fade away if it breaks apart. At its best, it is expected to be visible through binoculars but probably not to the naked eye from towns and cities.",
      },
    ],
    tags: ["Space", "Research"],
    authors: ["mei-chen"],
    ...pic.telescope,
    imageCaption: "The comet should be visible low in the western sky after sunset next month.",
  },
  {
    section: "science-tech",
    headline: "Banks warn of surge in scams using cloned voices of relatives",
    standfirst:
      "Fraudsters need as little as thirty seconds of audio from social media to imitate a voice. Banks are urging families to agree a secret word.",
    blocks: [
      {
        type: "paragraph",
        text: "Banks have reported a sharp rise in fraud using artificially generated voices, in which criminals clone the voice of a family member and call relatives asking for money to be transferred urgently. The Banking Fraud Bureau, an industry body, said reported cases had tripled in a year, with average losses of about $3,400 per victim.",
      },
      {
        type: "paragraph",
        text: "Voice-cloning software, widely available online, can produce a convincing imitation from as little as thirty seconds of recorded speech, often taken from videos posted on social media. Typical scams involve a panicked call from a supposed son or granddaughter who has been arrested, injured or robbed abroad, followed by a request to send money before the call ends.",
      },
      {
        type: "quote",
        text: "The voice is no longer proof of identity. That is a hard thing to accept, because it is the oldest proof we have.",
        cite: "Dániel Szabó, head of fraud prevention at the Banking Fraud Bureau",
      },
      {
        type: "pullQuote",
        text: "Reported cases have tripled in a year, with average losses of about $3,400 per victim.",
      },
      { type: "heading", text: "How to protect yourself" },
      {
        type: "list",
        items: [
          "Agree a family code word that a genuine caller will know",
          "Hang up and call back on a number you already have",
          "Be suspicious of any request that combines urgency and secrecy",
          "Think about who can hear your voice in public videos",
        ],
      },
      {
        type: "paragraph",
        text: "Banks are also introducing delays on large first-time transfers to new recipients, giving customers time to reconsider. Consumer groups welcomed the move but said banks should refund more victims, arguing that many people tricked by convincing voice clones are being unfairly blamed for authorising payments themselves.",
      },
      {
        type: "paragraph",
        text: "Researchers are developing tools to detect synthetic speech, but experts say the technology is improving faster than the detectors. For now, the most effective defence is behavioural rather than technical: slowing down, checking, and not letting a distressed voice on the phone override common sense.",
      },
    ],
    tags: ["Artificial intelligence", "Cybersecurity", "Banking"],
    authors: ["mei-chen"],
    ...pic.circuit,
    imageCaption: "Voice-cloning tools need as little as thirty seconds of recorded speech.",
  },
];
