import type { DemoArticle } from "./content";

// Entirely fictional: the studies, agencies, hospitals and people below are invented.
// Nothing here is medical advice.

const credit = "Illustration: Dateline demo";
const pic = {
  heartbeat: {
    image: "health-1.jpg",
    imageAlt: "Illustration of a white heartbeat trace running across a teal grid",
    imageCredit: credit,
  },
  fruit: {
    image: "health-2.jpg",
    imageAlt:
      "Illustration of a blue bowl heaped with apples, oranges, grapes, a pear and a banana, with carrots and a tomato on the table",
    imageCredit: credit,
  },
  pills: {
    image: "health-3.jpg",
    imageAlt: "Illustration of scattered two-coloured capsules and round white tablets on a pale green surface",
    imageCredit: credit,
  },
} as const;

export const healthArticles: DemoArticle[] = [
  {
    section: "health",
    headline: "Hospitals brace for early flu season as cases rise among children",
    standfirst:
      "Laboratory-confirmed influenza cases have doubled in a fortnight, a month earlier than usual. Officials are urging people in high-risk groups to get vaccinated now.",
    blocks: [
      {
        type: "paragraph",
        text: "Hospitals are preparing for an early and possibly severe flu season after laboratory-confirmed cases of influenza doubled in two weeks, according to figures published on Friday by the National Public Health Agency. The rise, which began among primary school children, is about a month earlier than in a typical year.",
      },
      {
        type: "paragraph",
        text: "Paediatric wards in three regions reported higher than usual admissions of young children with respiratory infections last week, and several hospitals have postponed non-urgent surgery to free up beds. Health officials said it was too early to say how severe the season would be, but that the early start gave the virus more time to spread before the winter peak.",
      },
      {
        type: "quote",
        text: "An early season is not necessarily a bad season. But it is a warning, and the single most useful thing anyone eligible can do is get vaccinated this week rather than next month.",
        cite: "Dr Fatima Adeyinka-Moss, head of respiratory infections at the National Public Health Agency",
      },
      {
        type: "paragraph",
        text: "Vaccination is free for people in high-risk groups, and pharmacies as well as family doctors are offering appointments, many of them available at short notice. The agency has published a reminder of who is eligible, and is urging the following groups in particular to come forward as soon as possible:",
      },
      {
        type: "list",
        items: [
          "Everyone aged 65 and over",
          "Pregnant women, at any stage of pregnancy",
          "Children aged two to eleven, who are offered a nasal spray",
          "People with long-term heart, lung or kidney conditions",
          "Health and social care workers",
        ],
      },
      {
        type: "paragraph",
        text: "Uptake among health workers fell last winter, to just over half, and hospital managers have been running vaccination clinics in staff canteens and on night shifts. Officials also reminded the public of the usual precautions: staying at home when feverish, washing hands regularly, and covering coughs and sneezes.",
      },
    ],
    tags: ["Public health", "Hospitals"],
    authors: ["priya-raman"],
    ...pic.pills,
    imageCaption: "Flu vaccination is free for people in high-risk groups.",
  },
  {
    section: "health",
    headline: "Brisk walkers over 60 have markedly lower risk of heart disease, study finds",
    standfirst:
      "The speed at which older adults walk predicted heart problems better than how far they walked, according to a ten-year study of 18,000 people.",
    blocks: [
      {
        type: "paragraph",
        text: "People over sixty who habitually walk briskly have a substantially lower risk of heart disease than those who walk slowly, regardless of how far they walk each day, according to a study published on Tuesday. Researchers followed more than 18,000 adults for ten years, using wrist-worn activity trackers to measure both their daily steps and the pace of their walking.",
      },
      {
        type: "paragraph",
        text: "Those in the fastest quarter for typical walking speed were about 35 per cent less likely to be diagnosed with heart disease during the study than those in the slowest quarter, after adjusting for age, smoking, weight and other factors. The total number of steps mattered too, but pace was a stronger predictor.",
      },
      {
        type: "quote",
        text: "We are not saying everyone should race-walk to the shops. But if you are going to walk anyway, walking as if you are slightly late seems to be good for you.",
        cite: "Professor Elena Rusu-Haddad, lead author, Orrin School of Public Health",
      },
      { type: "heading", text: "Cause or effect?" },
      {
        type: "paragraph",
        text: "The researchers caution that the study shows an association rather than proof of cause. People who walk slowly may do so because they already have undiagnosed health problems. The team tried to account for this by excluding anyone who developed heart disease in the first two years, and the link remained, though it was somewhat weaker.",
      },
      {
        type: "paragraph",
        text: "Independent experts said the findings were consistent with earlier research and with common sense. A brisk pace, for most people, is one at which you can still talk but would find it hard to sing. Adding just a few minutes of faster walking to an existing routine appears to be a realistic goal for most older adults.",
      },
    ],
    tags: ["Research", "Public health"],
    authors: ["priya-raman"],
    ...pic.heartbeat,
    imageCaption: "Walking pace was a stronger predictor of heart disease than the number of steps.",
  },
  {
    section: "health",
    headline: "Free school breakfasts cut absences and lifted maths scores, two-year trial finds",
    standfirst:
      "Pupils in 120 primary schools offered a free morning meal missed fewer days and made faster progress, particularly in the poorest areas.",
    blocks: [
      {
        type: "paragraph",
        text: "Offering free breakfasts to all pupils in primary schools reduced absences and improved attainment in maths, according to the results of a two-year trial involving 120 schools. The effect was strongest in schools serving the poorest neighbourhoods, where persistent absence fell by almost a fifth compared with similar schools that did not take part.",
      },
      {
        type: "paragraph",
        text: "Schools in the trial opened their doors thirty minutes early and served a simple breakfast — usually cereal, toast, fruit and milk — to any child who wanted it, with no means test or registration. About 60 per cent of pupils attended at least twice a week. The cost worked out at roughly 40 cents per child per breakfast.",
      },
      {
        type: "quote",
        text: "Before, some children would arrive at ten past nine and spend the first hour hungry and grumpy. Now they arrive at twenty past eight and have already had toast with their friends. It changes the whole morning.",
        cite: "Bronwen Tallis, head teacher at Fellbrook Primary School",
      },
      { type: "pullQuote", text: "The cost worked out at roughly 40 cents per child per breakfast." },
      {
        type: "paragraph",
        text: "Researchers found that pupils in the trial schools made, on average, around two months’ more progress in maths over the two years than pupils in comparison schools. There was a smaller improvement in reading, which was not statistically significant. Teachers also reported calmer classrooms in the first lesson of the day.",
      },
      {
        type: "paragraph",
        text: "The education ministry said it would consider the findings as part of its spending review. Campaigners argued that the case for expanding the scheme nationally was now overwhelming, noting that the cost of providing breakfasts to every primary pupil would be less than one per cent of the annual schools budget.",
      },
    ],
    tags: ["Food", "Education", "Public health"],
    authors: ["priya-raman"],
    ...pic.fruit,
    imageCaption: "Breakfasts in the trial usually included cereal, toast, fruit and milk.",
  },
  {
    section: "health",
    headline: "Pharmacists ration common antibiotics as supply shortage deepens",
    standfirst:
      "Shortages of amoxicillin and two other widely used antibiotics have left some patients visiting four or five pharmacies to fill a prescription.",
    blocks: [
      {
        type: "paragraph",
        text: "Pharmacists across the country are rationing supplies of several common antibiotics, including the liquid form of amoxicillin widely prescribed for children, as a shortage that began in the autumn continues to worsen. The Pharmacists’ Guild said some patients were visiting four or five pharmacies before finding one able to fill their prescription.",
      },
      {
        type: "paragraph",
        text: "The shortage has been blamed on a combination of rising demand, driven by an early wave of respiratory and throat infections, and problems at two overseas factories that produce the active ingredients. Because generic antibiotics are cheap and profit margins thin, few manufacturers are willing to hold large stocks or invest in extra capacity.",
      },
      {
        type: "quote",
        text: "I spent forty minutes on the phone this morning trying to find a bottle of children’s amoxicillin for a mother who was already in tears. That is not a good use of anyone’s time.",
        cite: "Rhys Pemberton-Ola, community pharmacist in Saltcombe",
      },
      { type: "heading", text: "What the government is doing" },
      {
        type: "paragraph",
        text: "The health ministry has issued ‘serious shortage protocols’ allowing pharmacists to supply an alternative antibiotic or a different formulation, such as tablets instead of liquid, without going back to the prescribing doctor. It has also asked manufacturers to increase production and has approved imports of equivalent products licensed in neighbouring countries.",
      },
      {
        type: "paragraph",
        text: "Doctors’ groups stressed that most coughs and colds do not need antibiotics at all, and urged patients not to stockpile or pressure doctors for prescriptions. Parents of children with suspected strep throat or chest infections should still seek advice, they said, as alternatives are available for almost all common infections.",
      },
    ],
    tags: ["Hospitals", "Public health"],
    authors: ["priya-raman"],
    ...pic.pills,
    imageCaption: "Pharmacists can now substitute tablets for liquid antibiotics without a new prescription.",
  },
  {
    section: "health",
    headline: "Waiting times for talking therapies fall for the first time in six years",
    standfirst:
      "The median wait for a first appointment dropped from eleven weeks to seven, thanks largely to 2,000 newly trained therapists. Campaigners say the gains remain fragile.",
    blocks: [
      {
        type: "paragraph",
        text: "Waiting times for talking therapies for anxiety and depression have fallen for the first time in six years, according to figures published by the health ministry on Thursday. The median wait between referral and a first appointment dropped to seven weeks, down from eleven weeks a year ago, while the number of people waiting longer than six months fell by almost half.",
      },
      {
        type: "paragraph",
        text: "Officials attributed the improvement mainly to a training programme that has added around 2,000 therapists to the public system over three years, many of them people changing career from teaching, nursing and social work. Group therapy sessions and online courses supported by a therapist have also increased capacity.",
      },
      {
        type: "quote",
        text: "Seven weeks is still seven weeks too long when you are struggling to get out of bed. But for the first time in my career the trend is going the right way.",
        cite: "Dr Samuel Nyoni-Hart, clinical psychologist and chair of the Psychological Therapies Network",
      },
      { type: "pullQuote", text: "For the first time in my career the trend is going the right way." },
      {
        type: "paragraph",
        text: "The national figures hide large regional differences. In some rural areas, median waits remain above four months, and specialist services for eating disorders and for young people have seen little improvement. Mental health charities said the gains could be lost quickly if funding for the training programme was not renewed in next year’s budget.",
      },
      {
        type: "paragraph",
        text: "Anyone struggling with their mental health is encouraged to speak to their family doctor or to refer themselves directly to local therapy services, which is now possible in most areas. People in crisis should contact the emergency services or a crisis line straight away.",
      },
    ],
    tags: ["Mental health", "Hospitals"],
    authors: ["priya-raman"],
    ...pic.heartbeat,
    imageCaption: "The median wait for a first appointment is now seven weeks.",
  },
  {
    section: "health",
    headline: "Explainer: what the new dietary guidelines actually say",
    standfirst:
      "The first update in twelve years puts more emphasis on whole foods and less on counting individual nutrients. Here are the main changes.",
    blocks: [
      {
        type: "paragraph",
        text: "The national dietary guidelines have been revised for the first time in twelve years, and the new version reads quite differently from the old. Rather than setting targets for individual nutrients, it focuses on patterns of eating and on the degree to which food has been processed. Here is a summary of the main recommendations and what they mean in practice.",
      },
      { type: "heading", text: "The main changes" },
      {
        type: "list",
        items: [
          "Fill half your plate with vegetables and fruit, with an emphasis on vegetables",
          "Choose whole grains and pulses over refined starches",
          "Limit ultra-processed foods, including many ready meals and sugary cereals",
          "Eat red meat no more than two or three times a week, and processed meat rarely",
          "Drink water by default; sugary drinks are best avoided altogether",
        ],
      },
      {
        type: "quote",
        text: "The old advice told people to count grams of fat and sugar. Most people don’t. This version tries to describe a way of eating that people can picture when they stand in a supermarket.",
        cite: "Professor Amina Okello-Rask, nutritionist who chaired the guidelines committee",
      },
      {
        type: "paragraph",
        text: "The most debated change is the new advice on ultra-processed foods, a category that includes many packaged products made with industrial ingredients and additives. Food manufacturers argued during the consultation that the category was too broad and that some processed foods, such as wholemeal bread and tinned beans, are perfectly healthy. The final guidance acknowledges this, though critics say it remains vague.",
      },
      {
        type: "paragraph",
        text: "Some advice has not changed at all. The guidelines still recommend at least five portions of fruit and vegetables a day, limiting salt to about a teaspoon, and eating fish, including oily fish, about twice a week. Alcohol guidance, which is reviewed separately, was not part of this update.",
      },
      {
        type: "paragraph",
        text: "Dietitians stress that the guidelines describe an overall pattern rather than rules for every meal. Cost remains a barrier for many families, and the government has been criticised for publishing new advice without new measures to make healthy food cheaper, such as subsidies for fruit and vegetables in deprived areas.",
      },
    ],
    tags: ["Food", "Public health"],
    authors: ["priya-raman"],
    ...pic.fruit,
    imageCaption: "The new guidelines ask people to fill half their plate with vegetables and fruit.",
  },
  {
    section: "health",
    headline: "Heatwave warning: how to keep older relatives safe as temperatures climb",
    standfirst:
      "Forecasters expect temperatures above 35°C for five days. Doctors say older people living alone are most at risk, and simple daily checks can save lives.",
    blocks: [
      {
        type: "paragraph",
        text: "Health officials issued an amber heat-health alert on Monday as forecasters predicted temperatures above 35°C in much of the country for at least five days, with little relief overnight. Doctors say older people, especially those living alone or with heart and lung conditions, are at greatest risk, and urged relatives and neighbours to check on them at least once a day.",
      },
      {
        type: "paragraph",
        text: "The body’s ability to regulate temperature declines with age, and many older people do not feel thirsty even when they are dehydrated. Some common medicines, including diuretics and certain blood pressure drugs, can make matters worse. Heat-related deaths often occur not on the hottest day but after several hot nights in a row, when the body has had no chance to recover.",
      },
      { type: "heading", text: "Simple steps that help" },
      {
        type: "list",
        items: [
          "Keep curtains closed on sunny windows during the day and open windows at night",
          "Encourage regular drinks of water, even without thirst",
          "Move to the coolest room in the home, often on a lower floor",
          "Avoid going out between 11 a.m. and 3 p.m.",
          "Know the warning signs: confusion, dizziness, headache and unusual tiredness",
        ],
      },
      {
        type: "quote",
        text: "The calls we dread are from daughters who rang their mother on Sunday and then couldn’t reach her on Wednesday. A daily phone call in a heatwave is not fussing. It is care.",
        cite: "Dr Oluwaseun Brady, emergency physician at Calvera General Hospital",
      },
      {
        type: "paragraph",
        text: "Councils are opening ‘cool rooms’ in libraries, community centres and some churches, where people can rest in air-conditioned spaces during the hottest part of the day. Anyone showing signs of heatstroke, such as a high temperature with confusion, hot dry skin or loss of consciousness, needs emergency medical help immediately.",
      },
      {
        type: "paragraph",
        text: "Heat also affects younger people, particularly outdoor workers, people who are pregnant and young children. Employers are reminded that they must assess the risk of heat stress and provide water, shade and rest breaks, and parents should never leave a child or a pet in a parked car, even briefly.",
      },
    ],
    tags: ["Public health", "Climate"],
    authors: ["priya-raman"],
    ...pic.heartbeat,
    imageCaption: "Heat-related deaths often follow several hot nights in a row.",
  },
  {
    section: "health",
    headline: "Drones fly blood samples from Siberian village clinics to the district hospital",
    standfirst:
      "In the forested district around Yasnoborsk, test results that once took up to three days by road now arrive the same afternoon.",
    blocks: [
      {
        type: "paragraph",
        text: "A trial using drones to carry blood and urine samples from village clinics to the district hospital in Yasnoborsk has cut the time patients wait for test results from as long as three days to a few hours, local health officials said. The electric drones fly a fixed route of up to 90 kilometres over forest, following the course of a river.",
      },
      {
        type: "paragraph",
        text: "Before the trial, samples were collected by car twice a week from six village clinics, a journey that could take most of a day on unpaved roads and was often impossible during the spring thaw, when the roads turn to mud. Some samples spoiled in transit and had to be taken again, meaning another wait for patients.",
      },
      {
        type: "quote",
        text: "Before, I would take blood on Monday and call the patient on Friday. Now I can call the same evening. For a diabetic or a pregnant woman, that is a very different kind of medicine.",
        cite: "Galina Mukhina, nurse practitioner at the clinic in Staraya Zaimka",
      },
      {
        type: "paragraph",
        text: "The drones carry an insulated box holding up to two kilograms and fly at about 100 kilometres per hour. They operate in temperatures down to −25°C, although flights are suspended in heavy snow and strong wind. A small team of operators at the hospital monitors each flight and can take manual control if necessary.",
      },
      {
        type: "paragraph",
        text: "The trial is due to run until the end of next year. If it succeeds, the regional health department plans to expand it to other districts and to add deliveries in the other direction, carrying urgent medicines and blood for transfusions from the hospital to the village clinics.",
      },
    ],
    tags: ["Hospitals", "Regions"],
    authors: ["priya-raman", "dmitri-volkov"],
    ...pic.pills,
    imageCaption: "The drones carry up to two kilograms of samples and medicines.",
  },
  {
    section: "health",
    headline: "Two years after the sugar tax, children’s fizzy-drink sugar intake has fallen by a third",
    standfirst:
      "Most manufacturers cut the sugar in their recipes rather than pay the levy. The evidence on obesity is less clear.",
    blocks: [
      {
        type: "paragraph",
        text: "Children’s consumption of sugar from soft drinks has fallen by about a third since a levy on sugary drinks was introduced two years ago, according to an evaluation commissioned by the health ministry. The tax, charged on drinks containing more than five grams of sugar per 100 millilitres, has raised less money than expected, largely because manufacturers changed their recipes to avoid it.",
      },
      {
        type: "paragraph",
        text: "Before the levy, about half of the soft drinks sold in supermarkets would have been subject to the higher rate. Today fewer than one in ten are, as most major brands cut the sugar in their products and replaced some of it with sweeteners. Sales of drinks overall did not fall, suggesting consumers largely accepted the reformulated versions.",
      },
      {
        type: "quote",
        text: "The best tax is one that nobody pays because the product changed. In that sense, this has worked better than we hoped.",
        cite: "Professor Idris Halloway, health economist who led the evaluation",
      },
      {
        type: "paragraph",
        text: "The evidence on obesity is more mixed. Rates among primary school children have levelled off over the period, but researchers said it was too early to attribute this to the levy rather than to other changes in diet and activity. Campaigners are urging the government to extend the approach to milk-based drinks, which are currently exempt.",
      },
      {
        type: "paragraph",
        text: "The drinks industry says the levy has cost jobs and that sweeteners carry their own health questions. Public health experts counter that the evidence on approved sweeteners is reassuring, and that the real test of the policy will come over the next decade, as children who grew up with less sugary drinks reach adulthood.",
      },
    ],
    tags: ["Food", "Public health"],
    authors: ["priya-raman"],
    ...pic.fruit,
    imageCaption: "Fewer than one in ten soft drinks are now subject to the higher rate of the levy.",
  },
  {
    section: "health",
    headline: "New ambulance dispatch system cuts response times for the most urgent calls",
    standfirst:
      "Calvera’s ambulance service now sends the nearest suitable responder — including motorbike paramedics and volunteers with defibrillators — rather than the nearest ambulance.",
    blocks: [
      {
        type: "paragraph",
        text: "Average response times for the most urgent ambulance calls in Calvera have fallen by more than a third since the city’s ambulance service introduced a new dispatch system six months ago, according to figures released on Wednesday. For patients in cardiac arrest, the average time until someone arrived with a defibrillator dropped from just over nine minutes to under six.",
      },
      {
        type: "paragraph",
        text: "Instead of automatically sending the nearest ambulance, the system now dispatches the nearest suitable responder, which may be a paramedic on a motorbike, a rapid-response car or one of more than 900 trained volunteers registered on a smartphone app. An ambulance is still sent in parallel whenever a patient may need to go to hospital.",
      },
      {
        type: "quote",
        text: "In cardiac arrest, every minute without CPR costs about a tenth of the chance of survival. The volunteers don’t replace us. They buy us the minutes.",
        cite: "Teodora Blažević, clinical director of Calvera Ambulance Service",
      },
      { type: "heading", text: "Volunteers on call" },
      {
        type: "paragraph",
        text: "The volunteers, who include off-duty nurses, lifeguards, taxi drivers and teachers, receive a free two-day course and carry a defibrillator where possible. When a cardiac arrest is reported within a few hundred metres, the app alerts them and guides them to the patient and to the nearest public defibrillator.",
      },
      {
        type: "paragraph",
        text: "Survival to hospital discharge after cardiac arrest outside hospital has risen from about 7 per cent to 10 per cent over the period, though officials cautioned that six months of data was not enough to draw firm conclusions. The health ministry is considering whether to adopt a similar system nationally.",
      },
    ],
    tags: ["Hospitals", "Cities"],
    authors: ["priya-raman"],
    ...pic.heartbeat,
    imageCaption: "In cardiac arrest, help now arrives in under six minutes on average.",
  },
];
