import type { DemoArticle } from "./content";

// Entirely fictional: the books, films, plays, artists and venues below are invented.

const credit = "Illustration: Dateline demo";
const pic = {
  stage: {
    image: "culture-1.jpg",
    imageAlt: "Illustration of a theatre stage framed by red velvet curtains, with a spotlight falling on a single chair",
    imageCredit: credit,
  },
  gallery: {
    image: "culture-2.jpg",
    imageAlt: "Illustration of a gallery wall hung with three framed abstract paintings above a low bench",
    imageCredit: credit,
  },
  books: {
    image: "culture-3.jpg",
    imageAlt: "Illustration of wooden bookshelves filled with colourful book spines and small potted plants",
    imageCredit: credit,
  },
} as const;

export const cultureArticles: DemoArticle[] = [
  {
    section: "culture",
    headline: "Review: ‘The Salt Orchard’ is a quiet debut that lands like a storm",
    standfirst:
      "Noor Castellan’s first novel follows three sisters on a failing fruit farm by the sea. It is patient, funny and, by the end, devastating.",
    blocks: [
      {
        type: "paragraph",
        text: "There is a moment, about halfway through Noor Castellan’s debut novel, when the eldest of the three Varga sisters walks into the orchard after a storm and finds every apple tree on the seaward side burnt brown by salt spray. She does not cry. She counts the trees. It is the kind of scene this book does beautifully: an enormous loss rendered in small, practical gestures.",
      },
      {
        type: "paragraph",
        text: "‘The Salt Orchard’ is set on a fruit farm on a windswept stretch of coast, over a single year in which the sisters must decide whether to sell the land their grandmother planted. Edit, the eldest, wants to keep going. Klara, the middle sister, has debts of her own. Róza, the youngest, has come home from the city with a secret she keeps for most of the book.",
      },
      { type: "pullQuote", text: "An enormous loss rendered in small, practical gestures." },
      {
        type: "paragraph",
        text: "Castellan is very good on work — the pruning, the grafting, the ledger books and the letters from the bank — and on the way siblings argue, circling the same grievances for decades. The prose is plain, occasionally too plain, but the restraint pays off in the final chapters, when the accumulated weight of small details arrives all at once.",
      },
      {
        type: "quote",
        text: "I wanted to write about the kind of people who do not make speeches. Farmers, mostly. They say everything with what they do next.",
        cite: "Noor Castellan, in an interview with Dateline",
      },
      {
        type: "paragraph",
        text: "If the novel has a weakness, it is Róza’s secret, which feels more like a plot device than the rest of the book’s finely observed life. But that is a small complaint about a debut this assured. Read it slowly, ideally somewhere with a view of the weather, and do not skip the last page.",
      },
    ],
    tags: ["Books", "Reviews"],
    authors: ["zoe-alvarez"],
    ...pic.books,
    imageCaption: "‘The Salt Orchard’ is Noor Castellan’s first novel.",
  },
  {
    section: "culture",
    headline: "Belozorsk drama theatre reopens four years after fire, its painted ceiling restored",
    standfirst:
      "The nineteenth-century theatre on the Volga embankment was gutted by a blaze in its scenery store. Its reopening night — a new play about the fire itself — sold out in nine minutes.",
    blocks: [
      {
        type: "paragraph",
        text: "The drama theatre in Belozorsk reopened on Saturday night, four years after a fire that started in its scenery store destroyed the stage, the fly tower and much of the roof. The audience of 640 rose to applaud before the curtain had even gone up, as the lights came on to reveal the restored ceiling of the auditorium, painted with allegories of music and comedy.",
      },
      {
        type: "paragraph",
        text: "The ceiling, which dates from the theatre’s opening in 1894, survived the blaze largely intact but was badly stained by smoke and water. A team of seven restorers spent two years cleaning it panel by panel, using photographs from the 1950s to guide the repainting of areas that could not be saved.",
      },
      {
        type: "quote",
        text: "We found the original painter’s signature in a corner above the balcony, under a hundred years of soot. Nobody knew it was there.",
        cite: "Tatiana Grebneva, head of the restoration team",
      },
      { type: "heading", text: "A play about the fire" },
      {
        type: "paragraph",
        text: "The opening production is ‘Smoke’ (in Russian, «Дым»), a new play by the company’s resident writer, Arkady Silin, based on interviews with the firefighters, actors and stagehands who were in the building that night. The 80-minute piece is performed without an interval and ends with the cast reading the names of everyone who helped rebuild the theatre.",
      },
      {
        type: "paragraph",
        text: "Tickets for the first month sold out within nine minutes of going on sale. The theatre’s director said she hoped the reopening would also bring back touring companies, which have bypassed the town since the fire, and that the new stage machinery would allow the company to take on more ambitious productions.",
      },
    ],
    tags: ["Theatre", "Heritage"],
    authors: ["zoe-alvarez", "dmitri-volkov"],
    ...pic.stage,
    imageCaption: "The curtain rose on Saturday for the first time in four years.",
  },
  {
    section: "culture",
    headline: "Hélène Marchetti retrospective draws record crowds to the Calvera Museum of Art",
    standfirst:
      "More than 200,000 people have seen the show in ten weeks, a record for the museum. The painter, who died in obscurity, is finally getting her due.",
    blocks: [
      {
        type: "paragraph",
        text: "A retrospective of the painter Hélène Marchetti has become the most visited exhibition in the 90-year history of the Calvera Museum of Art, drawing more than 200,000 visitors in ten weeks. The museum has extended opening hours to ten in the evening on Fridays and Saturdays, and the show’s run has been extended by a month.",
      },
      {
        type: "paragraph",
        text: "Marchetti, who died in 1979, worked for most of her life as a textile designer and painted in the evenings in a small flat above a laundry. She exhibited rarely and sold little. Her large canvases of interlocking circles and bands of colour, long stored in a nephew’s barn, were rediscovered fifteen years ago by a curator researching post-war fabric design.",
      },
      {
        type: "quote",
        text: "People walk in expecting a minor figure and walk out asking why they were never taught about her. That question is the real subject of the exhibition.",
        cite: "Dr Costanza Ferri, curator of the exhibition",
      },
      { type: "pullQuote", text: "Her canvases spent decades in a nephew’s barn." },
      {
        type: "paragraph",
        text: "The exhibition brings together 110 paintings alongside sketchbooks, fabric samples and a reconstruction of her studio. Critics have been almost unanimously enthusiastic, though a few have questioned the museum’s marketing, which presents Marchetti as a forgotten genius rather than as one of many women artists whose careers were constrained by circumstance.",
      },
      {
        type: "paragraph",
        text: "The museum shop has twice sold out of scarves printed with her designs. Prices for her work have risen sharply: a painting that sold at auction for a modest sum a decade ago changed hands privately last month for more than forty times as much, according to people familiar with the sale.",
      },
    ],
    tags: ["Art", "Heritage"],
    authors: ["zoe-alvarez"],
    ...pic.gallery,
    imageCaption: "The retrospective brings together 110 of Marchetti’s paintings.",
  },
  {
    section: "culture",
    headline: "Film shot entirely on phones wins top prize at Mirehaven festival",
    standfirst:
      "‘Low Tide’, a portrait of a fishing town told through the eyes of its teenagers, was made for less than the cost of the festival’s opening-night party.",
    blocks: [
      {
        type: "paragraph",
        text: "A feature film shot entirely on mobile phones by a crew of six has won the Golden Lantern, the top prize at the Mirehaven International Film Festival. ‘Low Tide’, directed by Sigrún Halldórsdóttir-Pace, follows four teenagers in a declining fishing town over one summer, and was made for a budget its producers put at about $90,000.",
      },
      {
        type: "paragraph",
        text: "The jury, chaired by the veteran cinematographer Ravi Castellano, praised the film’s “unforced intimacy” and its performances by non-professional actors, most of whom were cast from the town’s secondary school. Several scenes were filmed by the young actors themselves, who were given phones and asked to record their own evenings.",
      },
      {
        type: "quote",
        text: "A big camera makes people perform. A phone on a kitchen table is just a phone. The kids forgot it was there after about a week.",
        cite: "Sigrún Halldórsdóttir-Pace, director of ‘Low Tide’",
      },
      {
        type: "paragraph",
        text: "The choice was not universally popular. Some critics had favoured ‘The Eastern Quarter’, a lavish historical drama that received a fifteen-minute standing ovation at its premiere. Others argued that rewarding a low-budget film would encourage distributors to take more risks on first-time directors, who struggle to get their work into cinemas.",
      },
      {
        type: "paragraph",
        text: "‘Low Tide’ has been picked up for distribution in eleven countries since the prize was announced. The director said any profits would go partly to the actors and partly to a youth centre in the town where it was filmed, which closed two years ago for lack of funding.",
      },
    ],
    tags: ["Film", "Media"],
    authors: ["zoe-alvarez"],
    ...pic.stage,
    imageCaption: "‘Low Tide’ was made for about $90,000 with a crew of six.",
  },
  {
    section: "culture",
    headline: "Village choir of grandmothers tops streaming charts with a 200-year-old wedding song",
    standfirst:
      "The eleven singers from Berezhnaya Polyana, aged between 61 and 88, recorded the track on a phone in their community hall. A remix by a teenage producer did the rest.",
    blocks: [
      {
        type: "paragraph",
        text: "A choir of eleven women from the village of Berezhnaya Polyana, aged between 61 and 88, has reached the top of the national streaming charts with a wedding song that has been sung in the region for at least two centuries. The track has been streamed more than 30 million times in three weeks, and the choir has been invited to perform at a festival in the capital next summer.",
      },
      {
        type: "paragraph",
        text: "The original recording was made on a phone in the village community hall by the choir leader’s grandson, who posted it online. A 17-year-old producer in Yasnoborsk, who goes by the name Lyoha North, added a slow electronic beat and a bass line, leaving the voices untouched. His remix spread rapidly, becoming the soundtrack to thousands of wedding videos.",
      },
      {
        type: "quote",
        text: "We sang it the way our mothers sang it. The boy added his drums, and we said fine, as long as he doesn’t touch our harmonies.",
        cite: "Valentina Kuzmina, 79, leader of the Berezhnaya Polyana choir",
      },
      {
        type: "paragraph",
        text: "The song, whose title translates roughly as “The Birch by the Gate”, tells the story of a bride leaving her parents’ home. Musicologists say its complex, close harmonies are typical of the region’s village traditions, which were recorded extensively by folklorists in the twentieth century but have rarely reached a young audience.",
      },
      {
        type: "paragraph",
        text: "The choir has used its first royalty payment to repair the community hall’s roof and buy a minibus. Its members say they have no plans to change their repertoire, although they have agreed to record an album with Lyoha North in the spring — on the condition that sessions end by six o’clock.",
      },
    ],
    tags: ["Music", "Heritage", "Regions"],
    authors: ["dmitri-volkov"],
    ...pic.stage,
    imageCaption: "The choir will make its first festival appearance next summer.",
  },
  {
    section: "culture",
    headline: "Port Aldric library opens around the clock, and becomes the city’s living room",
    standfirst:
      "Since the central library began opening 24 hours a day, night-shift workers, students and people with nowhere warm to go have made it something more than a place for books.",
    blocks: [
      {
        type: "paragraph",
        text: "At two o’clock on a Wednesday morning, the central library in Port Aldric is quieter than in the daytime, but far from empty. A nurse reads a thriller after finishing her shift. Two students revise for an exam at a long table by the window. A man in a hi-vis jacket sleeps in an armchair in the periodicals room, his boots lined up neatly beside him.",
      },
      {
        type: "paragraph",
        text: "The library began opening around the clock in the spring, in a pilot funded by the city council and a charitable foundation. Between midnight and 7 a.m. it is staffed by two librarians and a security guard, and offers books, computers, toilets and hot water for tea. Visitor numbers at night have averaged around 140, far more than organisers expected.",
      },
      {
        type: "quote",
        text: "We thought it would be students. It turned out to be everybody the city forgets about after dark: cleaners, drivers, carers, people who cannot sleep, people who cannot go home.",
        cite: "Abena Mensah-Ward, head librarian at Port Aldric Central Library",
      },
      { type: "pullQuote", text: "Everybody the city forgets about after dark." },
      {
        type: "paragraph",
        text: "The night-time service has not been without problems. Staff have called for outside help on a handful of occasions, and some residents of the surrounding streets initially objected. But the library says incidents have been rare, and the council has agreed to fund the scheme for another two years after an evaluation found strong support among users.",
      },
      {
        type: "paragraph",
        text: "Other cities are watching closely. Librarians from four councils have visited in the past month, and the national library association plans to publish guidance on overnight opening next year, drawing on Port Aldric’s experience of staffing, safety and the unexpectedly high demand for phone chargers.",
      },
    ],
    tags: ["Books", "Cities"],
    authors: ["zoe-alvarez"],
    ...pic.books,
    imageCaption: "Between midnight and 7 a.m. the library averages around 140 visitors.",
  },
  {
    section: "culture",
    headline: "Review: ‘The Glasshouse Wives’ is a sharp, funny revival that outstays its welcome",
    standfirst:
      "The Calvera Playhouse’s production of the 1930s comedy has three superb performances and a second act twenty minutes too long.",
    blocks: [
      {
        type: "paragraph",
        text: "‘The Glasshouse Wives’, Beatrix Orme’s comedy about three women who run a tomato nursery while their husbands are away at sea, was a hit when it opened in 1934 and has been revived roughly once a generation since. The new production at the Calvera Playhouse makes a strong case for its wit, and an accidental one for its cutting.",
      },
      {
        type: "paragraph",
        text: "The first act is a delight. The set, a glasshouse of real panes steamed up from inside, is one of the most striking seen on this stage in years, and the three leads find every joke in Orme’s dialogue. Zuzana Hollis, as the bossy eldest wife, has a gift for turning a pause into a punchline.",
      },
      {
        type: "quote",
        text: "Orme wrote these women as competent, which in 1934 was the radical thing. We did not need to update anything. We just needed to take them seriously.",
        cite: "Felix Adeyemi-Stroud, director of the production",
      },
      {
        type: "paragraph",
        text: "The trouble comes after the interval, when the husbands return and the play turns to a long misunderstanding over a letter. The director has resisted trimming the text, and the result is a second act that runs to around 100 minutes and loses momentum precisely when it should be accelerating towards its happy ending.",
      },
      {
        type: "paragraph",
        text: "Still, the final scene, in which the wives calmly announce that they will keep running the business whatever their husbands think, lands with real force and drew loud cheers on opening night. The production runs until the end of February. Three stars out of five.",
      },
    ],
    tags: ["Theatre", "Reviews"],
    authors: ["zoe-alvarez"],
    ...pic.stage,
    imageCaption: "The Calvera Playhouse revival runs until the end of February.",
  },
  {
    section: "culture",
    headline: "Icon stolen from a village church forty years ago is found in an auction catalogue",
    standfirst:
      "A researcher recognised the sixteenth-century painting of Saint Nicholas from a blurry photograph taken in the 1970s. It will be returned to the church in the spring.",
    blocks: [
      {
        type: "paragraph",
        text: "A sixteenth-century icon of Saint Nicholas stolen from a village church in the north more than forty years ago has been identified in an auction catalogue and withdrawn from sale, art crime investigators said on Tuesday. The painting will be returned to the Church of the Transfiguration in Kamyshevka, from which it vanished one winter night in 1983.",
      },
      {
        type: "paragraph",
        text: "It was spotted by Dr Ksenia Vorontsova, an art historian who has spent a decade compiling a database of stolen religious art. She recognised a distinctive crack running through the saint’s left hand from a blurry black-and-white photograph taken by a visiting folklorist in the 1970s, one of the only surviving images of the icon.",
      },
      {
        type: "quote",
        text: "The crack was the fingerprint. Paint can be retouched and frames replaced, but nobody thought to hide a crack that had been there for four hundred years.",
        cite: "Dr Ksenia Vorontsova, art historian",
      },
      {
        type: "paragraph",
        text: "The auction house said the consignor had bought the icon in good faith at a sale abroad in the 1990s, and had agreed to return it without compensation. Investigators are trying to trace its movements in the intervening years, although they acknowledge that the original thieves are unlikely ever to be identified.",
      },
      {
        type: "paragraph",
        text: "In Kamyshevka, where the restored wooden church reopened only recently, the news was greeted with disbelief. An elderly parishioner who remembers the icon from her childhood said she had prayed for its return every year on the saint’s feast day, and had never quite given up hope.",
      },
    ],
    tags: ["Art", "Heritage"],
    authors: ["zoe-alvarez"],
    ...pic.gallery,
    imageCaption: "The icon will return to Kamyshevka’s church in the spring.",
  },
  {
    section: "culture",
    headline: "A youth orchestra where nobody auditions is playing the city’s grandest hall",
    standfirst:
      "Open Strings takes any teenager who wants to join, lends them an instrument and teaches them to read music. On Saturday it plays the Calvera Concert Hall.",
    blocks: [
      {
        type: "paragraph",
        text: "The Open Strings Youth Orchestra has one admission rule: if you are between 12 and 18 and want to play, you are in. There are no auditions, no fees and no requirement to own an instrument. On Saturday, its 74 members will perform Dvořák’s ‘New World’ symphony at the Calvera Concert Hall, the city’s most prestigious venue, in front of a sold-out audience of 1,800.",
      },
      {
        type: "paragraph",
        text: "The orchestra was founded eight years ago by the cellist Matthias Oyelowo-Brandt, who had taught in private schools for years and was frustrated that music education in the city seemed reserved for families who could afford lessons. It began with eleven children in a church hall and a collection of donated instruments, several of which needed repairing before they could be played.",
      },
      {
        type: "quote",
        text: "The first rehearsal sounded like a farmyard. I remember thinking: good, now we have something to work with.",
        cite: "Matthias Oyelowo-Brandt, founder and conductor of Open Strings",
      },
      { type: "heading", text: "More than music" },
      {
        type: "paragraph",
        text: "Members rehearse twice a week after school and receive free individual lessons from volunteer teachers, many of them professional musicians. Organisers say the orchestra also provides a hot meal, a quiet place to do homework and a network of adults who notice when something is wrong at home.",
      },
      {
        type: "paragraph",
        text: "Around a third of former members have gone on to study music, and two now play in professional orchestras. But the founder says that is not the point. Most members will never play professionally, he says, and the orchestra’s purpose is to prove that serious music belongs to every teenager in the city.",
      },
    ],
    tags: ["Music", "Education"],
    authors: ["zoe-alvarez"],
    ...pic.stage,
    imageCaption: "Saturday’s concert at the Calvera Concert Hall is sold out.",
  },
  {
    section: "culture",
    headline: "Five new books to read on long winter evenings",
    standfirst:
      "A novel of Arctic whalers, a history of the humble potato and a memoir by a lighthouse keeper’s daughter are among our picks for the darker months.",
    blocks: [
      {
        type: "paragraph",
        text: "Winter is the season for books that reward patience, and this year’s autumn publishing list has been unusually generous. From a big, old-fashioned adventure to a slim collection of essays about walking at night, here are five new titles we have been pressing on friends and family, in no particular order.",
      },
      {
        type: "list",
        items: [
          "‘Ice Tongue’ by Marek Wolański — a gripping novel about a whaling crew trapped for a winter off an Arctic island",
          "‘The Humble Tuber’ by Imogen Fairweather — a witty, surprisingly moving history of the potato",
          "‘Keeper’ by Ailsa Munro-Vance — a memoir of growing up in a lighthouse, told with wry affection",
          "‘Night Walks’ by Kenji Albrecht — short essays on cities after dark, from bakeries to bus depots",
          "‘The Salt Orchard’ by Noor Castellan — our debut of the year, about three sisters and a failing farm",
        ],
      },
      {
        type: "paragraph",
        text: "Of the five, ‘Ice Tongue’ is the one to pack for a long journey. Wolański spent two winters researching in archives and on a sealing ship, and it shows in every frozen rope and creaking timber. The plot, a mutiny slowly building as supplies dwindle, is old-fashioned in the best sense: you will want to know what happens next.",
      },
      {
        type: "quote",
        text: "I wanted the cold to be a character. Not a villain exactly, but the one character who never gets tired.",
        cite: "Marek Wolański, author of ‘Ice Tongue’",
      },
      {
        type: "paragraph",
        text: "For something lighter, ‘The Humble Tuber’ is the rare popular history that is genuinely funny, and anyone who has ever argued about the correct way to roast a potato will find ammunition in its final chapter. ‘Keeper’ and ‘Night Walks’ are both short enough to read in an evening, and both are better read slowly.",
      },
      {
        type: "paragraph",
        text: "All five are available in hardback now, with paperbacks expected in the summer. As ever, we encourage readers to order from their local bookshop, many of which will happily reserve a copy by phone, and some of which are hosting readings by these authors over the winter.",
      },
    ],
    tags: ["Books", "Reviews"],
    authors: ["zoe-alvarez"],
    ...pic.books,
    imageCaption: "Our winter picks range from an Arctic adventure to a history of the potato.",
  },
];
