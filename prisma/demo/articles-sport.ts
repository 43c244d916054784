import type { DemoArticle } from "./content";

// Entirely fictional: the clubs, athletes, competitions and venues below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  stadium: {
    image: "sport-1.jpg",
    imageAlt: "Illustration of a floodlit football stadium seen from above, with players spread across a striped green pitch",
    imageCredit: credit,
  },
  track: {
    image: "sport-2.jpg",
    imageAlt: "Illustration of the curving lanes of a red running track, with white lane lines and starting blocks",
    imageCredit: credit,
  },
  rink: {
    image: "sport-3.jpg",
    imageAlt: "Illustration of an ice hockey rink seen from above, with red and blue lines and face-off circles",
    imageCredit: credit,
  },
} as const;

export const sportArticles: DemoArticle[] = [
  {
    section: "sport",
    headline: "Port Aldric United snatch title on final day with stoppage-time winner",
    standfirst:
      "A header from 19-year-old Mateo Kinsella in the 94th minute gave United a 2–1 win at Kestrel City and their first championship in 22 years.",
    blocks: [
      {
        type: "paragraph",
        text: "Port Aldric United won the league title for the first time in 22 years on Saturday, when 19-year-old substitute Mateo Kinsella headed in a corner in the fourth minute of stoppage time to beat Kestrel City 2–1. The goal lifted United above Riverside Athletic on goal difference, and sparked scenes of chaos among the 3,000 travelling supporters behind the goal.",
      },
      {
        type: "paragraph",
        text: "United had started the afternoon level on points with Riverside, who were winning comfortably at home against relegated Dunmore. For most of the match it looked as if that would be enough. Kestrel City took the lead just before half-time through a curling free kick from Tomás Ferreira, and United’s equaliser did not arrive until the 78th minute.",
      },
      { type: "pullQuote", text: "For most of the match it looked as if Riverside had done enough." },
      {
        type: "quote",
        text: "I was only on the pitch for eleven minutes. I didn’t even see it go in — I just heard the noise and then everybody landed on me.",
        cite: "Mateo Kinsella, Port Aldric United forward",
      },
      {
        type: "paragraph",
        text: "It was a remarkable end to a season in which United were tipped by many to finish mid-table. Their manager, Orla Brannigan, took charge only last summer after eight years coaching in the women’s game, and becomes the first woman to win the men’s top division.",
      },
      {
        type: "paragraph",
        text: "Riverside’s players learned the news on the pitch, from the reaction of their own fans following the other match on their phones. Their captain, Jonas Ekwueme, said the team would “use this feeling” next season. Thousands of United fans were expected to gather at the harbour on Sunday for an open-top bus parade.",
      },
    ],
    tags: ["Football", "Results"],
    authors: ["lars-eriksen"],
    ...pic.stadium,
    imageCaption: "Kinsella’s header came in the fourth minute of stoppage time.",
  },
  {
    section: "sport",
    headline: "Zarechensk Bears end 31-year wait for ice hockey championship",
    standfirst:
      "The small-town club beat the favourites 3–2 in overtime of the deciding game, sending a sell-out crowd of 6,000 into raptures.",
    blocks: [
      {
        type: "paragraph",
        text: "Zarechensk Bears won the national ice hockey championship for the first time in 31 years on Tuesday night, beating Krasnoyarovo Eagles 3–2 in overtime of the seventh and deciding game of the final. Defenceman Ruslan Gaifullin scored the winner after 4 minutes and 12 seconds of extra time, with a wrist shot from the blue line that went in off a post.",
      },
      {
        type: "paragraph",
        text: "The Bears, whose budget is among the smallest in the league, had trailed 2–0 after the first period. Their captain, 36-year-old Nikolai Vedernikov, pulled one back early in the second, and a power-play goal from the winger Aku Rautio levelled the score with nine minutes of regulation time remaining.",
      },
      {
        type: "quote",
        text: "When I was a boy I watched the last championship on a black-and-white television in my grandfather’s kitchen. Tonight my own son was in the stands.",
        cite: "Nikolai Vedernikov, Zarechensk Bears captain",
      },
      { type: "heading", text: "A town transformed" },
      {
        type: "paragraph",
        text: "The Zarechye Ice Palace, which holds 6,000 spectators in a town of barely 70,000, was sold out for every home game of the playoffs. Fans who could not get tickets watched on a big screen in the square outside, where temperatures fell to −18°C. Many stayed until the early hours, singing and setting off flares.",
      },
      {
        type: "paragraph",
        text: "The championship is also a vindication of the club’s policy of developing its own players. Eleven of the 23-man squad came through the Bears’ youth academy, which was rebuilt five years ago with funding from a local engineering firm. The club’s general manager said he hoped to keep the core of the team together for another season.",
      },
    ],
    tags: ["Ice hockey", "Results"],
    authors: ["lars-eriksen"],
    ...pic.rink,
    imageCaption: "The deciding game went to overtime after the Bears recovered from 2–0 down.",
  },
  {
    section: "sport",
    headline: "Moravec reaches Orrin Open final without dropping a set",
    standfirst:
      "The 22-year-old beat the second seed 6–3, 7–5 in a semi-final interrupted twice by rain, and will face the defending champion on Sunday.",
    blocks: [
      {
        type: "paragraph",
        text: "Ines Moravec reached the final of the Orrin Open on Friday with a 6–3, 7–5 win over the second seed, Saskia van Dorn, continuing a run in which she has not dropped a set in five matches. The 22-year-old, ranked 31st in the world at the start of the tournament, will play the defending champion, Keiko Albright, on Sunday afternoon.",
      },
      {
        type: "paragraph",
        text: "The semi-final was interrupted twice by rain, and Moravec trailed 2–5 in the second set before winning five consecutive games. Her serve, long considered a weakness, was the difference: she won 81 per cent of points on her first serve and saved all four break points she faced after the second rain delay.",
      },
      {
        type: "quote",
        text: "During the rain I sat in the locker room, ate a banana and watched cartoons on my phone. It is the best thing for my head.",
        cite: "Ines Moravec, after her semi-final win",
      },
      {
        type: "paragraph",
        text: "Moravec’s coach, the former doubles specialist Paulo Veríssimo, has rebuilt her service motion over the past year, shortening her backswing to make it more consistent under pressure. The results have been dramatic: she has won 23 of her last 28 matches, including her first tour title on clay in the spring.",
      },
      {
        type: "paragraph",
        text: "Albright, who won the title last year without dropping a set herself, beat the unseeded Mia Castellanos 6–1, 6–4 in the other semi-final. The two finalists have met once before, with Albright winning in three sets at an indoor tournament last winter.",
      },
    ],
    tags: ["Tennis", "Results"],
    authors: ["lars-eriksen"],
    ...pic.stadium,
    imageCaption: "Sunday’s final will be played under floodlights if rain delays return.",
  },
  {
    section: "sport",
    headline: "Seventeen-year-old Halima Ferro breaks national 1500m record in Calvera",
    standfirst:
      "The schoolgirl ran 4:01.8 to beat a mark that had stood for 19 years, and did it from the front in her first senior championship race.",
    blocks: [
      {
        type: "paragraph",
        text: "Halima Ferro, a seventeen-year-old schoolgirl, broke the national women’s 1500 metres record at the championships in Calvera on Sunday, running 4 minutes 1.8 seconds to beat a mark that had stood for nineteen years. Ferro led from the gun, passed the bell with a lead of nearly ten metres and held off a late challenge from the defending champion.",
      },
      {
        type: "paragraph",
        text: "It was her first senior championship race. She had qualified for the final with the slowest time of the twelve finalists, having deliberately eased off in the heats to save energy, a tactic her coach said they had planned for months. Her previous best, set at a junior meeting in the summer, was more than four seconds slower.",
      },
      {
        type: "quote",
        text: "I told myself that if I was going to lose, I would lose at the front where I could see everything. Then nobody came past.",
        cite: "Halima Ferro, new national 1500m record holder",
      },
      {
        type: "paragraph",
        text: "Ferro trains with a small club in the hill town of Vallmora, where she runs on forest trails five days a week and on the club’s ageing cinder track on the other two. She is in her final year of school and has said she will decide on a university only after next summer’s international season.",
      },
      {
        type: "paragraph",
        text: "Her time is inside the qualifying standard for the world championships, although national selectors have said they will be cautious about racing a junior athlete too often. The previous record holder, now a coach, was in the stadium and embraced Ferro on the track after the race.",
      },
    ],
    tags: ["Athletics", "Results"],
    authors: ["lars-eriksen"],
    ...pic.track,
    imageCaption: "Ferro led from the gun and passed the bell nearly ten metres clear.",
  },
  {
    section: "sport",
    headline: "Serebrov holds his nerve to win Kestrel Chess Invitational on tie-break",
    standfirst:
      "The 24-year-old grandmaster drew his final game in 31 moves to finish level with two rivals, then won a blitz play-off that lasted past midnight.",
    blocks: [
      {
        type: "paragraph",
        text: "Grandmaster Ilya Serebrov won the Kestrel Chess Invitational on Sunday after a tense final day in which three players finished level on 6½ points from nine rounds. Serebrov, 24, drew his last classical game in 31 moves and then won a blitz play-off against Anjali Rao and the tournament’s top seed, Dragan Kosovac, shortly after midnight.",
      },
      {
        type: "paragraph",
        text: "The play-off, with each player given three minutes plus two seconds per move, was staged in a hotel ballroom with several hundred spectators watching in silence and thousands more following online. Serebrov won both his games, the second from a position that commentators had judged to be lost for most of the middlegame.",
      },
      {
        type: "quote",
        text: "In blitz you don’t play the position, you play the clock and the person. I just tried to look calm and move quickly.",
        cite: "Ilya Serebrov, winner of the Kestrel Chess Invitational",
      },
      {
        type: "pullQuote",
        text: "The second game was judged lost for most of the middlegame. Serebrov won it anyway.",
      },
      {
        type: "paragraph",
        text: "Rao, 19, had led the tournament outright after seven rounds and was the story of the week, beating two higher-rated opponents with sharp attacking play. She was visibly disappointed after the play-off, but her performance lifts her into the world’s top fifty for the first time.",
      },
      {
        type: "paragraph",
        text: "The Invitational, now in its twelfth year, has become one of the strongest closed tournaments on the calendar, and organisers said online viewing figures had doubled since last year. Next year’s event will be expanded to twelve players, with two places reserved for the winners of an open qualifying event held in the city’s public library.",
      },
    ],
    tags: ["Chess", "Results"],
    authors: ["lars-eriksen"],
    ...pic.stadium,
    imageCaption: "Chess is drawing live crowds on a scale usually reserved for field sports.",
  },
  {
    section: "sport",
    headline: "Lone breakaway survives to win first mountain stage of the Tour of Valdoria",
    standfirst:
      "Wiktor Zielonka attacked 90 kilometres from the finish and crossed the line 41 seconds ahead of the favourites at the summit of the Col d’Orsay.",
    blocks: [
      {
        type: "paragraph",
        text: "Wiktor Zielonka won the seventh stage of the Tour of Valdoria on Thursday after a solo breakaway of 90 kilometres, holding off the favourites on the final climb to the summit finish at the Col d’Orsay. The 27-year-old crossed the line 41 seconds ahead of a small group led by the race leader, Benoît Mallard, who keeps the yellow jersey.",
      },
      {
        type: "paragraph",
        text: "Zielonka had joined an early escape of nine riders that formed on the valley roads in the morning. When the gradient steepened on the penultimate climb he rode away from his companions, descending quickly in light rain and starting the final 11-kilometre ascent with a lead of more than three minutes.",
      },
      {
        type: "quote",
        text: "On the last climb I stopped looking at the numbers. If I had looked, I would have been scared. I just looked at the road.",
        cite: "Wiktor Zielonka, stage winner",
      },
      {
        type: "paragraph",
        text: "Behind him, the favourites’ teams were slow to organise a chase, apparently content to mark one another rather than spend energy on a rider who posed no threat in the overall standings. Mallard attacked twice on the upper slopes but could not shake his closest rival, the climber Ander Etxeberria, who finished on his wheel.",
      },
      {
        type: "paragraph",
        text: "Mallard leads the general classification by 28 seconds with three stages remaining, including a 32-kilometre individual time trial on Saturday that is expected to decide the race. Etxeberria, a weaker time-triallist, said he would need to attack again on Friday’s stage through the lakes to have any chance.",
      },
    ],
    tags: ["Cycling", "Mountains", "Results"],
    authors: ["lars-eriksen"],
    ...pic.track,
    imageCaption: "Zielonka finished 41 seconds clear of the race leader’s group.",
  },
  {
    section: "sport",
    headline: "Record 41,000 crowd watches Kestrel City women win the cup final",
    standfirst:
      "The attendance at Kestrel Park was the largest for a women’s club match in the country’s history, eclipsing a mark set more than half a century ago.",
    blocks: [
      {
        type: "paragraph",
        text: "A crowd of 41,206 watched Kestrel City beat Riverside Athletic 3–1 in the women’s cup final at Kestrel Park on Sunday, the largest attendance for a women’s club match in the country’s history. The previous record, 27,600, was set at an exhibition match in 1971, when the women’s game was still officially discouraged by the national football association.",
      },
      {
        type: "paragraph",
        text: "City’s captain, the midfielder Freya Lindqvist-Oduya, scored twice, the first a volley from the edge of the area after eleven minutes. Riverside equalised before half-time through Daniela Ruíz, but City’s pace on the counter-attack told in the second half, and the substitute Noor Haddad sealed the win with a lob from thirty metres.",
      },
      {
        type: "quote",
        text: "I looked up before the kick-off and there was no empty seat anywhere. My mother cried before the game had even started.",
        cite: "Freya Lindqvist-Oduya, Kestrel City captain",
      },
      { type: "heading", text: "Beyond the final" },
      {
        type: "paragraph",
        text: "League attendances have risen sharply over the past three seasons, averaging just over 4,000 per match this year, up from fewer than 1,500. Clubs credit better scheduling, cheaper family tickets and a television deal that guarantees live coverage of at least two matches each weekend.",
      },
      {
        type: "paragraph",
        text: "Players’ representatives said the record should be a prompt for better conditions, noting that most players in the top division still earn less than the national average wage and many combine football with other jobs. The league plans to introduce a minimum salary from next season.",
      },
    ],
    tags: ["Football", "Results"],
    authors: ["lars-eriksen"],
    ...pic.stadium,
    imageCaption: "Kestrel Park was full for a women’s club match for the first time.",
  },
  {
    section: "sport",
    headline: "Marathon organisers introduce heat rules after collapses at summer race",
    standfirst:
      "Races will start earlier, add more water stations and can be shortened or cancelled if a heat-stress index passes a set threshold.",
    blocks: [
      {
        type: "paragraph",
        text: "Organisers of the country’s largest road races have agreed new rules on running in hot weather, after 23 runners were taken to hospital during the Calvera Summer Marathon, which was held in temperatures of 31°C. All the runners have since been discharged, but the incident prompted an independent review of safety at mass-participation events.",
      },
      {
        type: "paragraph",
        text: "Under the new guidelines, races will use a heat-stress measure that combines temperature, humidity, sunshine and wind, rather than relying on air temperature alone. If the index passes a certain level on race morning, organisers must start earlier, shorten the course or, in extreme cases, cancel the event, with refunds offered to entrants.",
      },
      { type: "heading", text: "The main changes" },
      {
        type: "list",
        items: [
          "Water stations every 2.5 kilometres instead of every 5",
          "Ice and cold sponges at every station when the heat index is high",
          "Medical teams on bicycles along the whole course",
          "A recommended start time no later than 7:30 a.m. in the summer months",
        ],
      },
      {
        type: "quote",
        text: "Most of the runners we saw were not elite athletes. They were people who had trained for months and did not want to slow down. The rules are there to protect them from their own determination.",
        cite: "Dr Lucía Moreno-Sand, sports physician who led the review",
      },
      {
        type: "paragraph",
        text: "Running clubs broadly welcomed the changes, although some questioned whether smaller races run by volunteers could afford the extra medical cover. The national athletics federation said it would provide grants to help smaller events comply, and would publish a free guide for organisers before next summer’s racing season begins.",
      },
      {
        type: "paragraph",
        text: "Elite athletes will be less affected, since championship marathons already start early in hot climates. But coaches said the new index could also change how amateur runners train, encouraging them to check conditions and adjust their target pace rather than chasing a personal best on a sweltering morning.",
      },
    ],
    tags: ["Athletics", "Public health", "Climate"],
    authors: ["lars-eriksen", "priya-raman"],
    ...pic.track,
    imageCaption: "Start times will move earlier whenever a heat warning is in force.",
  },
  {
    section: "sport",
    headline: "Ice hockey league votes for salary cap to rein in wealthy clubs",
    standfirst:
      "From next season, clubs will be limited to spending 70 per cent of their revenue on player wages, with a hard ceiling for the richest teams.",
    blocks: [
      {
        type: "paragraph",
        text: "Clubs in the national ice hockey league have voted to introduce a salary cap from next season, in an effort to stop the wealthiest teams from buying up the best players and to reduce the debts that have driven two clubs out of the league in five years. The proposal passed by 14 votes to 4 at a meeting of club owners on Wednesday.",
      },
      {
        type: "paragraph",
        text: "Each team will be limited to spending 70 per cent of its revenue on player salaries, with an absolute ceiling for the richest clubs. Players’ bonuses and signing fees will count towards the cap, closing a loophole that has allowed some teams to exceed spending guidelines in the past.",
      },
      {
        type: "quote",
        text: "We have a league where the same four teams reach the semi-finals every year. Zarechensk showed that a small club can win, but they shouldn’t need a miracle to do it.",
        cite: "Oleg Marchenko, president of the Belozorsk River Wolves",
      },
      {
        type: "paragraph",
        text: "The four clubs that voted against are among the league’s biggest spenders. Their owners argued that a cap would make it harder to compete for players with wealthier leagues abroad, and warned that stars might leave. One owner said he would consider legal action, although the league’s lawyers say the rules are compatible with employment law.",
      },
      {
        type: "paragraph",
        text: "The players’ union said it accepted the principle of a cap but wanted a minimum salary floor and better pension provision in return. Negotiations on those points are expected to continue over the summer, with the union warning that it will not sign off on the new rules until they are agreed.",
      },
    ],
    tags: ["Ice hockey", "Economy"],
    authors: ["lars-eriksen"],
    ...pic.rink,
    imageCaption: "Two clubs have left the league in the past five years because of debts.",
  },
  {
    section: "sport",
    headline: "The coach who built a football club on an empty car park",
    standfirst:
      "Twelve years ago, Dunmore Community FC had no pitch, no kit and eight players. Today it fields 31 teams and has sent two players into the professional game.",
    blocks: [
      {
        type: "paragraph",
        text: "The first training session of what would become Dunmore Community FC took place on the car park of a closed supermarket, with jumpers for goalposts and a single ball that belonged to the coach. Eight children turned up. Twelve years later the club has 31 teams, from under-sevens to veterans, and more than 500 registered players.",
      },
      {
        type: "paragraph",
        text: "Its founder, Gideon Achterberg, was working as a night-shift security guard at the time. He says he started the club because he kept seeing the same group of boys sitting on a wall outside his building with nothing to do, and because he was, in his words, “bored of being awake when everyone else was asleep”.",
      },
      {
        type: "quote",
        text: "I wasn’t a coach. I had played a bit, badly. But I knew how to be there at the same time every week, and that turned out to matter more than tactics.",
        cite: "Gideon Achterberg, founder of Dunmore Community FC",
      },
      {
        type: "pullQuote",
        text: "Eight children turned up to the first session. Twelve years later, the club has more than 500 players.",
      },
      { type: "heading", text: "From tarmac to turf" },
      {
        type: "paragraph",
        text: "The club trained on tarmac for three years before the council agreed to lease it a disused playing field. Volunteers drained and reseeded it themselves, and a crowdfunding campaign paid for floodlights. Two former youth players now play professionally, one of them for Port Aldric United, and both still visit to coach the youngest teams in the summer.",
      },
      {
        type: "paragraph",
        text: "Achterberg, now 61, still works part-time, but no longer at night. He coaches the under-twelves on Tuesdays and runs a walking football session for older men on Fridays, which he describes as the hardest team he has ever managed because “nobody listens and everybody thinks they were better than they were”.",
      },
    ],
    tags: ["Football", "Cities"],
    authors: ["lars-eriksen"],
    ...pic.stadium,
    imageCaption: "Dunmore’s youth teams now play on a floodlit pitch the volunteers reseeded themselves.",
  },
];
