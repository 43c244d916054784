import type { DemoArticle } from "./content";

// Fictional columns by fictional writers. People and places mentioned are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  desk: {
    image: "opinion-1.jpg",
    imageAlt: "Illustration of a desk lamp lighting an open notebook and pen on a wooden desk beside a red mug",
    imageCredit: credit,
  },
  bubbles: {
    image: "opinion-2.jpg",
    imageAlt: "Illustration of overlapping speech bubbles in coral, navy, green and yellow on a cream background",
    imageCredit: credit,
  },
  paper: {
    image: "opinion-3.jpg",
    imageAlt: "Illustration of a folded newspaper on a wooden table beside a cup of black coffee and a spoon",
    imageCredit: credit,
  },
} as const;

export const opinionArticles: DemoArticle[] = [
  {
    section: "opinion",
    headline: "Why we still put a place name at the top of every story",
    standfirst:
      "A dateline is a small promise: someone was here, and saw this. In an age of recycled content, it is a promise worth keeping.",
    blocks: [
      {
        type: "paragraph",
        text: "When I started as a trainee reporter, my first editor returned a story to me with a single word circled in red ink. It was the name of the town at the top of the page. “Were you there?” she wrote in the margin. I had not been. I had written the whole piece from phone calls, and she made me drive out the next morning and start again.",
      },
      {
        type: "paragraph",
        text: "I think about that red circle often, because this publication takes its name from the same small convention. A dateline — the place, and once upon a time the date, at the head of a report — is not decoration. It is a claim. It tells the reader that a person stood somewhere and is telling you what they saw, heard and checked.",
      },
      { type: "pullQuote", text: "A dateline is not decoration. It is a claim." },
      {
        type: "paragraph",
        text: "That claim matters more now than when I was circled in red. So much of what passes for news online is rewritten from other rewrites, with no one anywhere near the events described. Some of it is now written by software that has never been anywhere at all. Readers can sense this, even when they cannot say exactly what is missing.",
      },
      {
        type: "quote",
        text: "Were you there? If not, who was, and why should the reader believe them?",
        cite: "Vera Lisitsyna, my first news editor, in a margin note I still keep",
      },
      {
        type: "paragraph",
        text: "We will not always be able to be there. Budgets are finite, and some places are too dangerous to reach. When we report from a distance, we will say so plainly, and tell you how we know what we know. But our default will remain the one I learned the hard way: go, look, ask, and then write.",
      },
      {
        type: "paragraph",
        text: "If you ever read a story on this site and wonder whether we were really there, write to me at the address below. I will check, I will tell you the answer, and if we fell short I will say so in public. That, too, is part of the promise a dateline makes.",
      },
    ],
    tags: ["Journalism", "Media"],
    authors: ["anna-petrova"],
    ...pic.paper,
    imageCaption: "Every Dateline report still begins with the place it was filed from.",
  },
  {
    section: "opinion",
    headline: "Our cities are still being designed for cars nobody needs to drive",
    standfirst:
      "Car ownership among young people is falling, but we keep building car parks and widening roads. It is time planning caught up with how we actually live.",
    blocks: [
      {
        type: "paragraph",
        text: "Last month I counted the car parks within a ten-minute walk of my flat. There are fourteen, including three multi-storeys, and on an ordinary weekday afternoon I could not find one that was more than half full. In the same ten minutes’ walk, there is one small playground, no public toilet and nowhere to sit that does not require buying a coffee.",
      },
      {
        type: "paragraph",
        text: "I do not say this as someone who hates cars. I drove for twenty years and still rent one for trips to see my mother. But the numbers are clear: the share of people under thirty who own a car has fallen in almost every large city on the continent, and in my own city a third of households no longer have one at all.",
      },
      {
        type: "quote",
        text: "We plan for peak demand on the worst day of the year, and then we live with the concrete for the other 364.",
        cite: "Saskia Brandt, a municipal traffic engineer I interviewed for this column",
      },
      {
        type: "paragraph",
        text: "Yet planning rules in many places still require new housing to come with a minimum number of parking spaces, and road schemes are still justified by traffic forecasts that assume car use will grow forever. Every one of those spaces is land that could have been a home, a tree or a bench. We are paying for a future that has already been cancelled.",
      },
      { type: "pullQuote", text: "We are paying for a future that has already been cancelled." },
      {
        type: "paragraph",
        text: "The fix is not complicated. Scrap minimum parking rules. Convert half-empty multi-storeys into housing or workshops, as a few brave councils have already done. Spend the money saved on buses that come often enough that nobody needs a timetable. And let the people who still need to drive — there will always be some — find it easier, because the roads are no longer clogged.",
      },
    ],
    tags: ["Cities", "Transport", "Climate"],
    authors: ["james-okafor"],
    ...pic.desk,
    imageCaption: "James Okafor writes an occasional column on cities.",
  },
  {
    section: "opinion",
    headline: "We talk endlessly about burnout. We rarely talk about sleep",
    standfirst:
      "Six years of night shifts taught me that exhaustion is not a character flaw. Employers who want healthier staff should start with the rota, not the wellness app.",
    blocks: [
      {
        type: "paragraph",
        text: "For six years I worked as a hospital pharmacist, and for roughly a third of that time I worked nights. I remember very little about those years except the particular quality of four o’clock in the morning, when the corridors hum and your thoughts arrive a few seconds after you need them. I made mistakes at that hour that I would never have made at noon.",
      },
      {
        type: "paragraph",
        text: "None of those mistakes harmed anyone, because there were checks in place designed precisely for tired people. But I think about them whenever I read another article about burnout that recommends breathing exercises, gratitude journals or an app. Those things may help. They do not help nearly as much as eight hours of sleep at roughly the same time each night.",
      },
      {
        type: "quote",
        text: "Sleep loss looks like a motivation problem from the outside. From the inside, it is a hardware problem.",
        cite: "Dr Helena Vasquez-Noor, sleep researcher at the University of Orrin",
      },
      { type: "heading", text: "Start with the rota" },
      {
        type: "paragraph",
        text: "The evidence on shift work is not subtle. Rotating rotas, short gaps between shifts and long runs of nights are consistently linked to accidents, poorer mental health and higher rates of staff leaving. Yet many employers still design rotas around the needs of the spreadsheet rather than the body, and then offer a mindfulness subscription as compensation.",
      },
      {
        type: "paragraph",
        text: "If I ran a hospital, a warehouse or a call centre, I would do three things before buying any wellness product: guarantee at least eleven hours between shifts, rotate forwards from mornings to afternoons to nights rather than backwards, and let staff swap shifts without needing a manager’s approval. None of these is expensive. All of them are about sleep.",
      },
      {
        type: "paragraph",
        text: "Burnout is real, and it has many causes, from bad management to impossible workloads. But we should be deeply suspicious of any conversation about exhaustion at work that never once mentions the simplest and cheapest cure for it, which is rest.",
      },
    ],
    tags: ["Mental health", "Jobs"],
    authors: ["priya-raman"],
    ...pic.desk,
    imageCaption: "Four o’clock in the morning is a bad time to make decisions, says Priya Raman.",
  },
  {
    section: "opinion",
    headline: "The small towns of the north deserve more than our pity",
    standfirst:
      "Reporting from remote settlements, I am struck less by what they lack than by what they build for themselves. Policy should start from that.",
    blocks: [
      {
        type: "paragraph",
        text: "Most stories about the northern towns I report on follow the same shape. The camera lingers on a rusting crane, a boarded-up cinema, an old man walking alone along a frozen street. The reporter speaks of decline. The story ends with someone young saying they plan to leave. I have written that story myself, more than once, and I am no longer sure it is true.",
      },
      {
        type: "paragraph",
        text: "What I see now, more often, is improvisation. In Ust-Temirka, parents built a new playground from salvaged timber when the old one sank into the thawing ground. In Sosnovy Mys, a retired engineer keeps the port’s only crane working with parts he machines himself. In Zarechensk, a former accountant with four goats started an industry.",
      },
      { type: "pullQuote", text: "What I see now, more often, is improvisation." },
      {
        type: "quote",
        text: "Nobody is coming to save us, so we decided to be interesting instead.",
        cite: "Oksana Fedorova, a librarian in Ust-Temirka",
      },
      {
        type: "paragraph",
        text: "This is not an argument against public investment. These towns need roads, clinics, reliable heating and flights that do not cost a month’s wages. But too much policy treats them as problems to be managed, or quietly wound down, rather than as communities with their own ideas about what they need.",
      },
      {
        type: "paragraph",
        text: "A better approach would start by asking. Give local councils more control over the money that is spent in their areas. Fund the things residents are already building, rather than imposing grand plans drawn up thousands of kilometres away. And, for those of us in the press, tell the story of what people are making, not just what they have lost.",
      },
    ],
    tags: ["Regions", "Journalism"],
    authors: ["dmitri-volkov"],
    ...pic.paper,
    imageCaption: "Dmitri Volkov reports from Russia’s regions for Dateline.",
  },
  {
    section: "opinion",
    headline: "Stop asking whether AI is intelligent. Ask who is accountable",
    standfirst:
      "The philosophical debate is fascinating and mostly beside the point. What matters is who answers for the decisions these systems increasingly make.",
    blocks: [
      {
        type: "paragraph",
        text: "At almost every public talk I give about artificial intelligence, someone asks whether the machines are really thinking. It is a good question, and I enjoy the conversation that follows. But I have come to believe it is the wrong question for almost every practical purpose, and that our fascination with it lets the people who build and sell these systems off the hook.",
      },
      {
        type: "paragraph",
        text: "Consider the voice-cloning scams my colleagues reported on recently, or an algorithm used to decide which families to investigate for benefit fraud, or the software that screens job applications before a human ever sees them. None of these harms depends on whether the system ‘understands’ anything. They depend on decisions made by people about how the tools are built, sold and used.",
      },
      {
        type: "pullQuote",
        text: "None of these harms depends on whether the system ‘understands’ anything.",
      },
      {
        type: "quote",
        text: "Intelligence is a debate. Liability is a contract, and contracts can be enforced.",
        cite: "Marcus Ferreira-Lund, a technology lawyer",
      },
      {
        type: "paragraph",
        text: "So here is what I would like us to ask instead. When an automated system makes a decision about you, can you find out that it did? Can you find out why? Is there a human being with the authority to overturn it, and a company or public body that will pay if it was wrong? Those questions have answers, and the answers can be written into law.",
      },
      {
        type: "paragraph",
        text: "None of this requires settling what consciousness is. It requires the same boring machinery that we use for cars, medicines and bridges: standards, inspections, records and someone to sue. The philosophers can carry on their debate, and I hope they do. The rest of us have more urgent work to do.",
      },
    ],
    tags: ["Artificial intelligence", "Jobs"],
    authors: ["mei-chen"],
    ...pic.bubbles,
    imageCaption: "Mei Chen is Dateline’s science and technology correspondent.",
  },
  {
    section: "opinion",
    headline: "Football’s obsession with data is draining the joy from the terraces",
    standfirst:
      "Expected goals, heat maps and pass networks explain a lot about a match. They explain almost nothing about why we watch.",
    blocks: [
      {
        type: "paragraph",
        text: "At a match last month, the man next to me spent most of the second half looking at his phone. He was not bored. He was checking the live expected-goals figure, a statistic that estimates how likely each shot was to go in, and he announced with some satisfaction at full time that the team that lost had ‘won the xG’. I am still not sure what he thought that meant.",
      },
      {
        type: "paragraph",
        text: "I like data. My job depends on it, and the numbers have taught me things about football I would never have seen from the press box. Expected goals really does tell you which teams are lucky and which are good. Pass maps really do show you where a midfield is collapsing. I would not want to go back to reporting on instinct alone.",
      },
      {
        type: "quote",
        text: "The numbers tell you what usually happens. Football is the sport of what doesn’t.",
        cite: "Orla Brannigan, manager of Port Aldric United",
      },
      {
        type: "paragraph",
        text: "But something has changed in the way we talk about the game. Fans argue in percentages. Pundits explain away a stoppage-time winner as a statistical anomaly. And clubs, increasingly run by analysts, make decisions designed to minimise variance — which is a polite way of saying that they want to make football less surprising.",
      },
      {
        type: "paragraph",
        text: "The point of sport is the surprise. Port Aldric’s title this season, won by a teenage substitute’s header in the 94th minute, was by every model an improbable result. It was also the most joyful afternoon I have spent at a ground in years. No dashboard captured it, and none ever will.",
      },
    ],
    tags: ["Football", "Media"],
    authors: ["lars-eriksen"],
    ...pic.bubbles,
    imageCaption: "Lars Eriksen covers football and ice hockey for Dateline.",
  },
  {
    section: "opinion",
    headline: "Libraries are the last rooms in the city where nobody asks you to buy anything",
    standfirst:
      "Port Aldric’s 24-hour library experiment has revealed how few warm, safe, free places are left. Every city should be paying attention.",
    blocks: [
      {
        type: "paragraph",
        text: "I spent a night in Port Aldric’s central library recently, for a story about its experiment with opening around the clock. I expected to find it eerie. Instead I found it oddly peaceful, full of people doing ordinary things — reading, studying, charging a phone, dozing — in one of the few places in the city where nobody was trying to sell them anything.",
      },
      {
        type: "paragraph",
        text: "Think about how rare that is. Almost every indoor space in a modern city comes with an implied price of admission: a coffee, a ticket, a meal, a membership. Shopping centres employ guards to move along anyone who seems to be loitering. Even the bench at the bus stop has been redesigned to stop people lying down.",
      },
      {
        type: "pullQuote",
        text: "Almost every indoor space in a modern city comes with an implied price of admission.",
      },
      {
        type: "quote",
        text: "People don’t come here for the books first. They come for the chair, and then they notice the books.",
        cite: "Abena Mensah-Ward, head librarian at Port Aldric Central Library",
      },
      {
        type: "paragraph",
        text: "Libraries are the great exception, and they have been quietly absorbing the consequences. Librarians now help people fill in benefit forms, apply for jobs, print boarding passes and get online to speak to their doctors. They do this on budgets that have, in many places, been cut year after year, while opening hours shrink and branches close.",
      },
      {
        type: "paragraph",
        text: "I am not suggesting every library should open all night. But councils deciding what to cut this winter should understand what they are actually funding. It is not a warehouse of books. It is a room where anyone can sit, warm and unbothered, for as long as they like. Cities need more of those, not fewer.",
      },
    ],
    tags: ["Books", "Cities"],
    authors: ["zoe-alvarez"],
    ...pic.desk,
    imageCaption: "Zoë Álvarez spent a night in Port Aldric’s 24-hour library.",
  },
  {
    section: "opinion",
    headline: "The four-day week is a productivity question, not a perk",
    standfirst:
      "The trial results are encouraging. But if we frame shorter hours as a benefit handed down by generous bosses, we will miss what the experiment actually showed.",
    blocks: [
      {
        type: "paragraph",
        text: "When the results of the four-day week trial were published this month, most of the coverage I read treated it as a story about employee happiness. Staff were less stressed, slept better and took fewer sick days. All true, and all welcome. But I think the more important finding was buried in the middle of the report: output barely changed, even though hours fell by a fifth.",
      },
      {
        type: "paragraph",
        text: "That is a productivity story, and a striking one. It suggests that in many offices a significant share of working time produces little of value — meetings that could have been emails, reports nobody reads, the performance of being busy. Remove a day, and the companies in the trial found ways to drop much of that without anyone noticing the difference.",
      },
      {
        type: "quote",
        text: "We didn’t become more efficient by working harder. We became more efficient by stopping things.",
        cite: "Katarina Holm, managing director of an engineering consultancy that took part in the trial",
      },
      {
        type: "paragraph",
        text: "Framing the four-day week as a perk, something a generous employer grants, misses this. Perks can be withdrawn when times get hard. A productivity gain is something a business should want for its own sake, and something policymakers should study carefully, because weak productivity growth has held back wages for more than a decade.",
      },
      {
        type: "paragraph",
        text: "Not every job can be compressed. Nurses, bus drivers and shop workers cannot simply skip the meetings, because their work is the hours. Any serious debate has to grapple with that, rather than pretending the office is the whole economy. But for the jobs where it works, we should stop calling it a favour.",
      },
    ],
    tags: ["Jobs", "Economy"],
    authors: ["tomas-novak"],
    ...pic.bubbles,
    imageCaption: "Tomas Novak reports on business, markets and work.",
  },
  {
    section: "opinion",
    headline: "Comment sections need better moderation, not a quiet burial",
    standfirst:
      "Many publishers have switched their comments off. We are keeping ours, with clear rules, and here is why.",
    blocks: [
      {
        type: "paragraph",
        text: "Over the past decade, dozens of news organisations have closed their comment sections. I understand why. Anyone who has spent an evening moderating them knows how quickly a thoughtful discussion can be swamped by abuse, spam and people shouting at each other in capital letters. Closing them is cheaper than cleaning them, and it makes the problem disappear.",
      },
      {
        type: "paragraph",
        text: "But it does not make the readers disappear. They simply take their comments elsewhere, to platforms where we cannot see them, correct them or learn from them. Some of the best stories I have edited began with a comment underneath an earlier article: a nurse pointing out a mistake, a pensioner describing what a policy really meant in her street.",
      },
      { type: "heading", text: "Our rules" },
      {
        type: "list",
        items: [
          "Comments are open for seven days after publication",
          "You need an account with a verified email address",
          "Abuse, threats and spam are removed, and repeat offenders are banned",
          "Reporters will reply where they can, and corrections will be credited",
        ],
      },
      {
        type: "quote",
        text: "The comments told us the bridge was closed before the council did. We just had to read them.",
        cite: "Halima Reyes, Dateline’s community editor",
      },
      {
        type: "paragraph",
        text: "None of this is perfect, and moderation will cost us money and time. We will make mistakes in both directions, removing things we should have left up and leaving up things we should have removed. When we do, tell us. If a publication asks its readers to trust it, it should be willing to listen to them in public.",
      },
      {
        type: "paragraph",
        text: "We will review how the rules are working after six months and publish what we find, including how many comments we removed and why. If the experiment fails, we will say so. But I would rather try to build a useful conversation than pretend our readers have nothing to say.",
      },
    ],
    tags: ["Media", "Journalism"],
    authors: ["james-okafor"],
    ...pic.paper,
    imageCaption: "Comments on Dateline stories stay open for seven days.",
  },
  {
    section: "opinion",
    headline: "What I learned from a year of reading only local news",
    standfirst:
      "For twelve months I gave up national headlines and read only the papers and newsletters of the town where I live. I am calmer, and better informed about the things I can change.",
    blocks: [
      {
        type: "paragraph",
        text: "Last year I tried an experiment that most of my colleagues thought was professional malpractice. For twelve months, outside working hours, I read no national or international news at all. Instead I read the weekly paper of the town where I live, its council minutes, two community newsletters and a neighbourhood chat group that is mostly about lost cats.",
      },
      {
        type: "paragraph",
        text: "The first thing I noticed was how much calmer I felt. National news is designed, with the best of intentions, to tell you about the most important and usually the most alarming things happening anywhere. Local news tells you about the bus timetable, the planning application for the old cinema and the school’s new headteacher. It is rarely alarming. It is almost always useful.",
      },
      {
        type: "quote",
        text: "People think local news is small. It’s not small. It’s close.",
        cite: "Ruth Abernathy, editor of our town’s weekly paper for 31 years",
      },
      { type: "pullQuote", text: "Local news is rarely alarming. It is almost always useful." },
      {
        type: "paragraph",
        text: "The second thing I noticed was how much more I did. I went to two council meetings, objected to a planning application and joined a group that maintains the footpaths. None of this will change the world, but all of it changed my street a little, and I would not have known about any of it from the national headlines.",
      },
      {
        type: "paragraph",
        text: "I am back to reading everything now, because my job demands it. But I have kept the local paper, and I read it first. If you run a news organisation, national or otherwise, it is worth asking what your readers can actually do with what you tell them. The answer should not always be ‘worry’.",
      },
    ],
    tags: ["Media", "Journalism", "Cities"],
    authors: ["anna-petrova"],
    ...pic.paper,
    imageCaption: "Anna Petrova is Dateline’s editor-in-chief.",
  },
];
