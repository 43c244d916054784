import type { DemoArticle } from "./content";

// Entirely fictional: the companies, people, places and figures below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  chart: {
    image: "business-1.jpg",
    imageAlt: "Illustration of a bar chart on a dark green grid, with a gold trend line rising to the right",
    imageCredit: credit,
  },
  towers: {
    image: "business-2.jpg",
    imageAlt: "Illustration of blue glass office towers seen from the street, rising towards a pale sky",
    imageCredit: credit,
  },
  factory: {
    image: "business-3.jpg",
    imageAlt: "Illustration of a red brick factory with sawtooth roofs and three chimneys releasing white steam",
    imageCredit: credit,
  },
} as const;

export const businessArticles: DemoArticle[] = [
  {
    section: "business",
    headline: "Valdorian central bank holds rates at 4.5% but signals a cut is coming",
    standfirst:
      "Governor Elin Marsh said inflation was “moving in the right direction” as the bank left borrowing costs unchanged for a fifth consecutive meeting.",
    blocks: [
      {
        type: "paragraph",
        text: "The National Bank of Valdoria left its main interest rate unchanged at 4.5 per cent on Thursday, but gave its clearest signal yet that borrowing costs will fall before the summer. Seven of the nine members of the bank’s monetary policy board voted to hold rates, while two voted for an immediate cut of a quarter of a percentage point.",
      },
      {
        type: "paragraph",
        text: "Annual inflation fell to 3.1 per cent last month, down from a peak of nearly 9 per cent two years ago, helped by lower energy prices and a slowdown in rents. But the bank said wage growth remained strong, and that it wanted to see at least one more quarter of data before acting.",
      },
      {
        type: "quote",
        text: "Inflation is moving in the right direction. We would like to be certain it is not going to turn around and walk back in.",
        cite: "Elin Marsh, governor of the National Bank of Valdoria",
      },
      {
        type: "paragraph",
        text: "Markets had largely expected the decision. The Valdorian crown weakened slightly after the announcement, and investors now see a rate cut at the bank’s next meeting in six weeks as more likely than not. Mortgage lenders said several fixed-rate deals had already been repriced in anticipation of lower rates.",
      },
      {
        type: "paragraph",
        text: "The decision comes as the government prepares to publish its budget, with the finance minister under pressure to find money for reconstruction in the Lenne valley after the recent fighting. Economists warned that a large increase in borrowing could make the central bank more cautious about cutting.",
      },
    ],
    tags: ["Banking", "Economy"],
    authors: ["tomas-novak"],
    ...pic.chart,
    imageCaption: "Inflation in Valdoria has fallen steadily from its peak two years ago.",
  },
  {
    section: "business",
    headline: "Ostrander Steel to cut 1,200 jobs and close blast furnace at Brackmoor",
    standfirst:
      "The company blamed weak demand from carmakers and high energy costs. Unions called the decision “a betrayal” and said they would fight for a rescue plan.",
    blocks: [
      {
        type: "paragraph",
        text: "Ostrander Steel will close one of the two blast furnaces at its Brackmoor works and cut 1,200 jobs over the next eighteen months, the company said on Monday, in the biggest round of industrial job losses in the region for a decade. About 900 of the cuts will fall at Brackmoor, with the remainder at a rolling mill and a distribution centre.",
      },
      {
        type: "paragraph",
        text: "In a statement, the company said demand for steel from carmakers and construction firms had fallen by almost a fifth in two years, while the cost of electricity and gas remained well above historical levels. The furnace being closed is nearly fifty years old and would have required a costly relining within three years.",
      },
      {
        type: "quote",
        text: "Three generations of my family worked at that furnace. The company had years to plan for this, and the workforce found out from a press release.",
        cite: "Gwen Pryor, regional secretary of the Steel and Metalworkers’ Union",
      },
      {
        type: "paragraph",
        text: "The union is pressing the government to fund an electric arc furnace, which melts scrap metal rather than iron ore and could be powered by renewable electricity. Ostrander has said it is open to such a project but would need public support covering around half of the estimated cost of $700m.",
      },
      {
        type: "paragraph",
        text: "Brackmoor’s council said it would set up a task force to help affected workers find new jobs and training. Local businesses, from cafés to haulage firms, fear knock-on effects in a town where the steelworks is still by far the largest employer and sponsors everything from the football club to the brass band.",
      },
    ],
    tags: ["Jobs", "Energy"],
    authors: ["tomas-novak"],
    ...pic.factory,
    imageCaption: "About 900 of the job cuts will fall at the Brackmoor works.",
  },
  {
    section: "business",
    headline: "Payments start-up Tallyfin raises $140m in the year’s largest funding round",
    standfirst:
      "The four-year-old company, which lets small shops take card payments on an ordinary phone, is now valued at $1.1bn.",
    blocks: [
      {
        type: "paragraph",
        text: "Tallyfin, a payments company founded four years ago in a shared office above a bicycle shop, has raised $140m from investors in the largest start-up funding round in the region this year. The deal values the company at about $1.1bn, making it one of only a handful of local technology firms worth more than a billion dollars.",
      },
      {
        type: "paragraph",
        text: "Tallyfin’s software turns an ordinary smartphone into a card terminal, allowing market traders, hairdressers and taxi drivers to accept contactless payments without buying extra hardware. The company charges a fee of 1.2 per cent per transaction and says it now processes payments for about 310,000 small businesses in six countries.",
      },
      {
        type: "quote",
        text: "Our customers are not banks or supermarkets. They are the woman selling honey at the Saturday market, and she has exactly as little patience for fees as you would expect.",
        cite: "Amélie Duhamel-Reyes, co-founder and chief executive of Tallyfin",
      },
      {
        type: "paragraph",
        text: "The new money will be used to expand into three more countries and to build a lending product that offers small advances to merchants based on their sales history. That move puts Tallyfin in more direct competition with traditional banks and will bring closer scrutiny from financial regulators.",
      },
      {
        type: "paragraph",
        text: "The round was led by the growth fund Harbourline Capital, with participation from existing investors. Tallyfin is not yet profitable, but said losses narrowed sharply last year and that it expected to break even within eighteen months. Its co-founders retain a combined stake of about 30 per cent.",
      },
    ],
    tags: ["Startups", "Banking"],
    authors: ["tomas-novak"],
    ...pic.towers,
    imageCaption: "Tallyfin now processes payments for about 310,000 small businesses in six countries.",
  },
  {
    section: "business",
    headline: "Retail sales rise for a third month as shoppers return to the high street",
    standfirst:
      "Clothing and furniture led the increase, while online sales slipped slightly. Retailers say confidence is returning, but the recovery is uneven.",
    blocks: [
      {
        type: "paragraph",
        text: "Retail sales rose by 0.8 per cent last month compared with the month before, the third consecutive monthly increase, according to figures from the national statistics office. Sales volumes are now 2.4 per cent higher than a year ago, the strongest annual growth for almost three years.",
      },
      {
        type: "paragraph",
        text: "Clothing and footwear shops reported the biggest gains, helped by a cold snap that brought forward purchases of winter coats. Furniture sales also rose for the first time in six months, which economists linked to a modest recovery in the housing market. Online sales, by contrast, slipped slightly as a share of total spending.",
      },
      { type: "heading", text: "A tale of two high streets" },
      {
        type: "paragraph",
        text: "The recovery is not evenly spread. Footfall data from the Retail Observatory, which counts visitors in 300 town centres, shows strong growth in large cities and tourist towns, but continued decline in smaller market towns where banks and post offices have closed in recent years.",
      },
      {
        type: "quote",
        text: "When the bank goes, the bakery goes a year later, and then people stop coming in altogether. Good national numbers don’t reach us.",
        cite: "Hamid Qureshi, who runs a hardware shop in the market town of Fellbrook",
      },
      {
        type: "paragraph",
        text: "Economists cautioned that one good quarter did not make a trend. Household savings remain high by historical standards, suggesting many families are still wary of spending, and energy bills are due to rise again in the new year when a temporary price cap expires.",
      },
    ],
    tags: ["Economy", "Cities"],
    authors: ["tomas-novak"],
    ...pic.chart,
    imageCaption: "Sales volumes are now 2.4 per cent higher than a year ago.",
  },
  {
    section: "business",
    headline: "Calderfield Energy profits double, reviving calls for a windfall tax",
    standfirst:
      "The utility made $2.6bn in the first half of the year. Consumer groups say households are paying for gains driven by wholesale gas prices.",
    blocks: [
      {
        type: "paragraph",
        text: "Calderfield Energy reported a pre-tax profit of $2.6bn for the first six months of the year, more than double the figure for the same period last year, as higher wholesale gas prices boosted earnings from its production business. The company raised its dividend by 15 per cent and announced a $500m share buyback.",
      },
      {
        type: "paragraph",
        text: "The results immediately reignited a political row over whether energy companies should pay a special tax on profits that critics say were earned without any extra effort or investment. Opposition parties and consumer groups have called for a windfall levy, with the proceeds used to reduce household bills over the winter.",
      },
      {
        type: "quote",
        text: "Every family that pays a heating bill this winter is helping to fund that buyback. A fair tax on windfall profits is the least the government should do.",
        cite: "Miriam Okoro-Lind, director of the Household Energy Alliance",
      },
      { type: "pullQuote", text: "Profits more than doubled. The dividend rose by 15 per cent. Household bills rose too." },
      {
        type: "paragraph",
        text: "Calderfield’s chief executive, Ruairí Dunne, rejected the criticism, saying the company was investing heavily in renewable energy, including the Greyhaven Bank offshore wind farm. He warned that an unpredictable tax regime would make it harder to raise the capital needed for such projects.",
      },
      {
        type: "paragraph",
        text: "The finance ministry said it was keeping the matter “under review” but had no plans to change energy taxation before the budget. Calderfield’s shares rose 3 per cent on the day, reflecting investor relief that the figures were even stronger than analysts had forecast.",
      },
    ],
    tags: ["Energy", "Markets"],
    authors: ["tomas-novak"],
    ...pic.towers,
    imageCaption: "Calderfield’s shares rose 3 per cent after the results were published.",
  },
  {
    section: "business",
    headline: "Four-day week trial ends with most firms choosing to keep it",
    standfirst:
      "Of 61 companies that took part in the six-month pilot, 44 will continue with a shorter week. Output held steady, researchers found, and sick days fell.",
    blocks: [
      {
        type: "paragraph",
        text: "Most of the companies that took part in a six-month trial of a four-day working week have decided to keep the arrangement, according to researchers who monitored the pilot. Of 61 firms, ranging from a software developer to a family-run bakery, 44 said they would continue, eleven would extend the trial and six would return to a five-day week.",
      },
      {
        type: "paragraph",
        text: "Employees worked 32 hours a week for the same pay, with each company free to organise the time as it saw fit. Some closed on Fridays; others staggered days off to keep offices open. Researchers from the Larkspur Institute for Economic Research compared revenue, output and absence data with the six months before the trial.",
      },
      { type: "heading", text: "What the researchers found" },
      {
        type: "list",
        items: [
          "Revenue was broadly unchanged, rising slightly on average",
          "Sick days fell by about a third",
          "Staff reported less stress and better sleep in surveys",
          "Firms that cut meetings saw the biggest gains",
        ],
      },
      {
        type: "quote",
        text: "The lesson is not that everyone should work four days. It is that a lot of what fills the fifth day was never really work.",
        cite: "Professor Ingrid Halvorsen, who led the study at the Larkspur Institute",
      },
      {
        type: "paragraph",
        text: "The firms that returned to a five-day week were mostly in sectors with fixed customer hours, such as retail and care, where covering shifts proved difficult. Critics of the scheme also pointed out that the participating companies volunteered, and were likely to be those best suited to a shorter week.",
      },
      {
        type: "paragraph",
        text: "Business groups said the results were interesting but should not lead to legislation. The main employers’ federation described the four-day week as “a choice for individual firms, not a model for the whole economy”. Trade unions said they would push for the option to be included in public-sector pay talks next year.",
      },
    ],
    tags: ["Jobs", "Economy"],
    authors: ["tomas-novak"],
    ...pic.towers,
    imageCaption: "Of the 61 firms in the trial, most were office-based businesses.",
  },
  {
    section: "business",
    headline: "Shipping costs fall to a two-year low as port congestion clears",
    standfirst:
      "The price of moving a container across the ocean has dropped by more than half since the spring, a relief for importers ahead of the busy holiday season.",
    blocks: [
      {
        type: "paragraph",
        text: "The cost of shipping a standard forty-foot container on major ocean routes has fallen to its lowest level in two years, according to a freight index compiled by the logistics consultancy Bluewake Analytics. The average spot rate dropped to $1,850 this week, down from more than $4,000 in the spring, when strikes and bad weather left dozens of ships queuing outside major ports.",
      },
      {
        type: "paragraph",
        text: "Analysts said the fall reflected both improved conditions at ports, including the end of the dockworkers’ dispute at Port Aldric, and a wave of new vessels ordered during the last boom that are now entering service. Shipping lines have responded by cancelling some sailings and slowing ships down to save fuel.",
      },
      {
        type: "quote",
        text: "The industry has a habit of ordering ships when rates are high and receiving them when rates are low. We are now in the receiving phase.",
        cite: "Kaito Brennan, head of research at Bluewake Analytics",
      },
      {
        type: "paragraph",
        text: "For importers, the drop comes as a relief ahead of the holiday season. A toy distributor told Dateline that shipping had accounted for nearly a fifth of the landed cost of some products last year and now made up less than a tenth. Whether those savings reach shoppers will depend on retailers’ pricing decisions.",
      },
      {
        type: "paragraph",
        text: "Shipping companies, which made record profits during the boom, are expected to report sharply lower earnings this year. Several have already warned investors, and two smaller operators have put vessels up for sale or laid them up in sheltered anchorages to wait for better times.",
      },
    ],
    tags: ["Trade", "Markets"],
    authors: ["tomas-novak"],
    ...pic.chart,
    imageCaption: "Spot container rates have fallen by more than half since the spring.",
  },
  {
    section: "business",
    headline: "A family textile mill bets its future on recycled wool",
    standfirst:
      "The Hartigan mill in Lanford has been spinning yarn since 1884. Its fifth-generation owners think old jumpers could keep it going for another century.",
    blocks: [
      {
        type: "paragraph",
        text: "The looms at the Hartigan mill in Lanford have been running, with a few interruptions, since 1884. For most of that time they wove cloth from new wool bought at auction. Today, about a third of the yarn that passes through them is spun from old jumpers, blankets and factory offcuts, sorted by colour so that it does not need to be dyed again.",
      },
      {
        type: "paragraph",
        text: "The shift began seven years ago, when Siobhán Hartigan and her brother Declan took over from their father and found the business losing money on almost every order. Rather than compete with cheaper imports on price, they decided to specialise in recycled fabric, which commands a premium from fashion brands trying to reduce their environmental footprint.",
      },
      {
        type: "quote",
        text: "We sort by colour, not by fibre. A red jumper comes back as red yarn. No dye, almost no water, and the customer can feel that the fabric has a history.",
        cite: "Siobhán Hartigan, managing director of Hartigan Mill",
      },
      { type: "pullQuote", text: "A red jumper comes back as red yarn." },
      {
        type: "paragraph",
        text: "The mill now employs 46 people, up from 29 when the siblings took over, and has invested in new carding machines capable of handling shorter recycled fibres, which are harder to spin than new wool. Turnover has doubled, though margins remain thin and the business is heavily dependent on three large customers.",
      },
      {
        type: "paragraph",
        text: "The challenge is supply. Clean, sorted textile waste is scarce, and the mill competes with exporters who ship used clothing abroad. The Hartigans are working with local councils on a collection scheme that would bring more of the region’s discarded clothing to Lanford rather than sending it overseas.",
      },
    ],
    tags: ["Jobs", "Climate"],
    authors: ["tomas-novak"],
    ...pic.factory,
    imageCaption: "The Hartigan mill has been spinning yarn in Lanford since 1884.",
  },
  {
    section: "business",
    headline: "Explainer: what Kaleth’s missed bond payment means for your pension",
    standfirst:
      "Kaleth failed to pay interest on a government bond this week. Most savers have little or no direct exposure, but here is how to check.",
    blocks: [
      {
        type: "paragraph",
        text: "Kaleth’s government missed a $45m interest payment on one of its international bonds on Monday, and has thirty days to pay before it is formally in default. The news has prompted questions from readers about whether pension funds and savings products could be affected. Here is what we know so far, and what you can check yourself.",
      },
      { type: "heading", text: "Do pension funds hold Kalethi bonds?" },
      {
        type: "paragraph",
        text: "Some do, but in small amounts. Kaleth’s international bonds are worth about $6bn in total, a tiny share of global bond markets. Large pension schemes typically hold them, if at all, as part of emerging-market funds, where they rarely make up more than one or two per cent of the portfolio.",
      },
      { type: "heading", text: "How to check your own exposure" },
      {
        type: "list",
        ordered: true,
        items: [
          "Find your pension provider’s annual statement or online dashboard",
          "Look up the funds your savings are invested in",
          "Open each fund’s factsheet, which lists its largest holdings and country weights",
          "If in doubt, ask your provider directly: it is required to tell you",
        ],
      },
      {
        type: "quote",
        text: "For the average saver, the bigger risk is panic. Selling a diversified fund because of one small country’s troubles usually locks in a loss for no good reason.",
        cite: "Beatriz Coelho, independent financial adviser",
      },
      {
        type: "paragraph",
        text: "Investors who hold emerging-market bond funds directly may see small losses, and the price of Kalethi bonds has already fallen to about 40 cents on the dollar. But most analysts expect Kaleth to reach a restructuring agreement with creditors, which would involve extending maturities rather than wiping out the debt entirely.",
      },
      {
        type: "paragraph",
        text: "The wider concern is contagion: whether investors start selling bonds issued by other countries they see as similar. So far there is little sign of that, with borrowing costs for neighbouring governments rising only modestly this week. Analysts will watch the next auction of Estrian government debt, due later this month, for signs of strain.",
      },
    ],
    tags: ["Markets", "Banking", "Economy"],
    authors: ["tomas-novak"],
    ...pic.chart,
    imageCaption: "Kalethi bonds have fallen to about 40 cents on the dollar.",
  },
  {
    section: "business",
    headline: "Regulator clears Vantrell Airways takeover of Skylark — with conditions",
    standfirst:
      "The merged airline must give up 40 daily take-off and landing slots at Calvera airport and accept five years of fare monitoring on two domestic routes.",
    blocks: [
      {
        type: "paragraph",
        text: "Competition regulators have approved Vantrell Airways’ $1.9bn takeover of its smaller rival Skylark, on condition that the combined airline gives up 40 daily take-off and landing slots at Calvera airport. The slots will be auctioned to other carriers, with priority given to airlines that do not currently fly from Calvera.",
      },
      {
        type: "paragraph",
        text: "The Competition Authority had opened an in-depth investigation in the spring, concerned that the merger would leave a single airline controlling more than 60 per cent of domestic flights. Vantrell argued that Skylark would struggle to survive alone after years of losses, and that the takeover would protect around 2,800 jobs.",
      },
      {
        type: "quote",
        text: "We accept that big is not always better. But a weak airline that fails in winter helps nobody, least of all the passengers stranded by it.",
        cite: "Emre Castellano, chief executive of Vantrell Airways",
      },
      {
        type: "paragraph",
        text: "As an additional condition, fares on two routes where the airlines currently compete head-to-head will be monitored by the regulator for five years. If average prices rise faster than inflation, the authority can require Vantrell to release further slots or open its frequent-flyer programme to rivals.",
      },
      {
        type: "paragraph",
        text: "Consumer groups said the conditions did not go far enough. Unions welcomed the decision, but said they would seek guarantees that Skylark’s cabin crew, who are paid less than their Vantrell colleagues, would be moved onto the larger airline’s contracts within two years.",
      },
    ],
    tags: ["Markets", "Transport", "Jobs"],
    authors: ["tomas-novak"],
    ...pic.towers,
    imageCaption: "The combined airline will control just under half of domestic flights after giving up slots.",
  },
];
