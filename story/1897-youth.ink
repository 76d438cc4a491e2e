// Part 1897-1902: the young Bronstein in Nikolayev, prison, Siberian exile, the escape, London.
// Decisions: DP01, DP02, DP03 (see record/1897-1902.json). A tunnel: ends with ->->.

// What the young Bronstein did in 1897 (DP01): "debater", "peasants" or "workers".
VAR y1897_path = ""
// Which ideas he took up in prison and exile (DP02): "populism", "terror" or "marxism".
VAR y1897_ideas = ""
// Whether he escaped in 1902 (DP03) or stayed the winter with his family.
VAR y1897_stayed = false

=== youth_1897 ===
Nikolayev, a port town in the south of the Russian Empire, spring 1897. # place: nikolayev-garden # date: 1897-04-01 os # people: trotsky, shvigovsky, sokolovskaya # actor: trotsky # mood: calm # id: 1897-youth.1
You sit in a garden at the edge of town. The peach trees are coming into blossom. A samovar hisses on a plank table. # id: 1897-youth.2
Your name is Lev Davidovich Bronstein. You are seventeen. Nobody calls you Trotsky. That name will come later, on a false passport. # id: 1897-youth.3
Your father farms wheat on the steppe. He wants you to study and become an engineer. You would rather talk about how to change the world. # id: 1897-youth.4
The garden belongs to Franz Shvigovsky, a gardener from Bohemia. He lives in a wooden hut among his seedlings. Students gather there most nights to drink tea and argue. # id: 1897-youth.5
Most of them are Populists, or Narodniks. They believe the peasants, not the few factory workers, will free Russia from the Tsar. # id: 1897-youth.6
One voice in the garden disagrees. Alexandra Sokolovskaya is several years older than you, calm and stubborn. She is a Marxist. She says the new factory workers are the force that will change Russia. # id: 1897-youth.7
At New Year you mocked her with a toast. # id: 1897-youth.8
"A curse upon all Marxists, and upon those who want to bring dryness and hardness into all the relations of life!" # quote: Bronstein, New Year toast 1896-97, as told by G. A. Ziv (in Deutscher, The Prophet Armed, ch. 2) # id: 1897-youth.9
She walked out. You are still not sure you won that argument. # id: 1897-youth.10
Since then she has kept lending you pamphlets. You read them, at first only to argue back. # id: 1897-youth.11
-> y1897_choice

= y1897_choice
Talk is cheap in this garden. You once gave a friend a picture with four words on it: Faith without deeds is dead. # id: 1897-youth.12
Nikolayev has shipyards and factories. About ten thousand men and women work in them, twelve hours a day and more, for low pay. Strikes have broken out in other towns of the south. # id: 1897-youth.13
Ilya Sokolovsky, Alexandra's brother, knows a worker. That worker knows Ivan Mukhin, a skilled mechanic the others respect. # id: 1897-youth.14
You could meet them. Or you could stay in the garden, where it is safe and warm. Or you could do what the old Populists did, and carry books to the villages. # decision: DP01 # id: 1897-youth.15
* [Stay in the garden and keep debating #option: debater # id: 1897-youth.16]
    ~ y1897_path = "debater"
    ~ safety += 1
    ~ workers_trust -= 1
    You stay. The talk goes on through spring and summer. It is clever talk, and it goes nowhere. # speculation # id: 1897-youth.17
    Others from the town start a workers' union without you. Sokolovskaya joins them. You hear about it at second hand. # speculation # id: 1897-youth.18
* [Go to the peasants, as the Populists did #option: peasants # id: 1897-youth.19]
    ~ y1897_path = "peasants"
    ~ safety -= 1
    You walk out to the villages with a bag of pamphlets. The peasants are polite. They offer bread and salt. Few of them can read. # speculation # id: 1897-youth.20
    An old man listens, then asks whether you have come to collect the tax. The village constable asks who you are. # speculation # id: 1897-youth.21
* [Meet Mukhin and organise the factory workers #option: workers # id: 1897-youth.22]
    ~ y1897_path = "workers"
    ~ workers_trust += 2
    ~ safety -= 1
    ~ party_strength += 1
    You meet Mukhin in a noisy tavern, where a mechanical piano drowns out your voices. He explains the whole order of the empire with a handful of seeds on the table: the Tsar, his ministers, the rich, and the great heap of working people underneath. # id: 1897-youth.23
    You like him at once. Within weeks you have a small group of workers who meet in secret. # id: 1897-youth.24
- -> y1897_union

= y1897_union
Autumn 1897. # place: nikolayev-room # date: 1897-10-01 os # people: trotsky, mukhin, sokolovskaya, nikolayev-workers # actor: trotsky # mood: hopeful # id: 1897-youth.25
{
- y1897_path == "workers":
    The group has a name now: the South Russian Workers' Union. It has about two hundred members. Most are skilled workers from the shipyards and workshops. # id: 1897-youth.26
    They meet in small rooms and in the woods outside town. They pay a few kopecks each week. They read leaflets about wages, fines and the Tsar. # id: 1897-youth.27
    You write the leaflets by hand, in neat block letters, late into the night. Then you print them on a hectograph, a tray of jelly that copies a page many times. # id: 1897-youth.28
    Your fingers are purple with ink. You have never been so happy. # id: 1897-youth.29
- y1897_path == "peasants":
    The villages were a dead end. You come back to Nikolayev and find the South Russian Workers' Union already at work, with Sokolovskaya and Mukhin. You join late and learn fast. # speculation # id: 1897-youth.30
    ~ workers_trust += 1
- else:
    By autumn the South Russian Workers' Union has about two hundred members. Sokolovskaya asks you to help write its leaflets. You say yes. The garden was never enough. # speculation # id: 1897-youth.31
}
~ workers_trust += 1
* [Go on # id: 1897-youth.32] -> y1897_arrest

= y1897_arrest
The police have their own informers. Someone in the union talks. # place: nikolayev-garden # date: 1898-01-28 os # people: trotsky, shvigovsky # actor: trotsky # mood: grim # id: 1897-youth.33
On 28 January 1898, by the Russian calendar, the police arrest you at Shvigovsky's, with the gardener himself. Across the town they take the union's leaders, Sokolovskaya among them. # id: 1897-youth.34
{y1897_path == "workers": The gendarmes know your face. They have read your handwriting on a hundred leaflets. # presumes: DP01 = workers # id: 1897-youth.35}
{y1897_path == "debater": You had only talked. It makes no difference. The police sweep up the whole circle from the garden. # speculation # presumes: DP01 = debater # id: 1897-youth.36}
-> y1897_prison

= y1897_prison
You are kept alone in a cold cell for months, first in Nikolayev, then in Kherson. # place: odessa-prison # date: 1898-06-01 os # people: trotsky # actor: trotsky # mood: grim # id: 1897-youth.37
At first there are no books, no paper and no pen. You pace the cell and make up songs in your head to stay sane. Lice crawl in the straw. # id: 1897-youth.38
Then they move you to the big prison in Odessa. Here there is a library. You tap messages to other prisoners through the wall, one knock for each letter. # id: 1897-youth.39
You teach yourself French and German from Bibles in four languages. You fill a thick notebook on the history of the Freemasons. # id: 1897-youth.40
And you read the Italian Marxist Antonio Labriola. History, he says, is made by how people work and live, not by a few heroes. For the first time Marxism does not feel cold and dry to you. # id: 1897-youth.41
-> y1897_exile

= y1897_exile
There is no trial. The government simply sentences you to four years of exile in eastern Siberia. # place: ust-kut # date: 1901-04-01 os # people: trotsky, sokolovskaya, exiles # actor: trotsky # mood: tense # id: 1897-youth.42
In a Moscow transit prison you and Alexandra marry, so that you will not be sent to different places. A rabbi performs the wedding. # id: 1897-youth.43
In the autumn of 1900 a barge carries you down the great river Lena. Soldiers put you ashore at Ust-Kut, a village of about a hundred huts. # id: 1897-youth.44
Winter here is fierce. Cockroaches rustle over the table at night. In summer the midges are so thick that peasants wear nets of horsehair over their heads. # id: 1897-youth.45
This spring your first daughter, Zinaida, was born. You call her Zina. # id: 1897-youth.46
Other exiles come in from villages along the river. They crowd by your stove and argue till the candles die. # id: 1897-youth.47
News has reached even this far. In February a former student shot the Minister of Education in St Petersburg. The minister is dead. # id: 1897-youth.48
Some exiles cheer. One bomb, they say, does more than a thousand leaflets. Others still dream of a peasant rising. # id: 1897-youth.49
Alexandra watches you across the stove. You must decide what you believe. # decision: DP02 # id: 1897-youth.50
* [Stay a Populist: the peasants will free Russia #option: populism # id: 1897-youth.51]
    ~ y1897_ideas = "populism"
    ~ workers_trust -= 1
    ~ lenin_trust -= 1
    You write that Russia is a land of peasants, and that the peasant commune will be the seed of a fairer world. # speculation # id: 1897-youth.52
    Alexandra shakes her head. "You saw the shipyards," she says. "Did you forget them?" # speculation # id: 1897-youth.53
* [Back individual terror: strike at the Tsar's ministers #option: terror # id: 1897-youth.54]
    ~ y1897_ideas = "terror"
    ~ safety -= 2
    ~ workers_trust -= 1
    ~ lenin_trust -= 1
    You say that a few brave fighters can shake the throne. Some young exiles look at you like a hero. # speculation # id: 1897-youth.55
    The police read exiles' letters. A note goes into your file in Irkutsk: dangerous. # speculation # id: 1897-youth.56
* [Choose Marxism and a united workers' party #option: marxism # id: 1897-youth.57]
    ~ y1897_ideas = "marxism"
    ~ party_strength += 1
    ~ lenin_trust += 1
    You argue that a bomb kills a minister, and the Tsar simply names another. The workers watch, then go home. Only the workers themselves, in their millions, can bring the Tsar down. # id: 1897-youth.58
    For that they need a party, one party for the whole empire, with one plan. Small local circles are too easy to crush. # id: 1897-youth.59
    You write this down for the local Social Democrats in Siberia. Copies pass from hand to hand along the river. # id: 1897-youth.60
- You also write for a newspaper in Irkutsk, under the pen name Antid Oto. Your articles on books and village life are talked about. # id: 1897-youth.61
-> y1897_escape

= y1897_escape
Summer 1902. Verkholensk, a small town on the upper Lena. # place: verkholensk-hut # date: 1902-08-01 os # people: trotsky, sokolovskaya, trotsky-daughters # actor: trotsky # mood: tense # id: 1897-youth.62
You now have two daughters. Zina is not yet two. Nina is a baby of a few months. The hut smells of milk, woodsmoke and wet wool. # id: 1897-youth.63
A parcel came this summer, with the pages hidden inside a book's binding. It held copies of Iskra, "The Spark", a paper printed abroad. It also held Lenin's new pamphlet, What Is to Be Done? # id: 1897-youth.64
Both say the same thing. Russia needs one party of the workers, run by full-time revolutionaries, with one paper to tie it together. # id: 1897-youth.65
{
- y1897_ideas == "marxism":
    It is what you have been arguing by the stove for a year. You feel that someone far away has heard you. # presumes: DP02 = marxism # id: 1897-youth.66
- else:
    It shakes you. The pamphlet answers every point you made by the stove. Slowly, night by night, it wins you over. # speculation # presumes: DP02 != marxism # id: 1897-youth.67
    ~ y1897_ideas = "marxism"
}
Exiles are slipping away all over Siberia to join Iskra. Everyone knows it. Escape is easy. Staying away is hard. # id: 1897-youth.68
You lie awake. If you go, Alexandra will be alone with two small children, at the end of the world. # id: 1897-youth.69
Alexandra has already decided. She is the one who tells you that you must go. # id: 1897-youth.70
In your memoirs you will say it was she who first urged it. She says the revolution needs you more than she does. You are not sure that is true. # decision: DP03 # id: 1897-youth.71
* [Stay with Alexandra and the girls #option: stay # id: 1897-youth.72]
    ~ y1897_stayed = true
    ~ safety += 1
    ~ lenin_trust -= 1
    You stay. Through the long winter you chop wood, carry water, and rock Nina to sleep. # speculation # id: 1897-youth.73
    Your letters to Iskra grow fewer. Other exiles reach Lenin first. # speculation # id: 1897-youth.74
    In the spring of 1903 Alexandra says it again, more firmly. This time you go. # speculation # presumes: DP03 = stay # id: 1897-youth.75
* [Escape alone #option: escape # id: 1897-youth.76]
    ~ y1897_stayed = false
    ~ party_strength += 1
    You go. You kiss the girls while they sleep. Alexandra does not cry in front of you. # presumes: DP03 = escape # id: 1897-youth.77
    She will raise the girls alone, far from you, for years. # presumes: DP03 = escape # id: 1897-youth.78
- A peasant drives you out of town in a cart, with you lying flat under the hay. Another exile lies beside you. Every bump shakes the breath out of you. # id: 1897-youth.79
In Irkutsk friends give you a suitcase, a starched shirt and a passport with a blank space for a name. # id: 1897-youth.80
You write in a name: Trotsky. You do not dream that you will carry it all your life. # id: 1897-youth.81
Where did the name come from? In your memoirs you will say you picked it at random. Other accounts, such as Isaac Deutscher's biography, say it was the name of a senior warder in the Odessa prison. Nobody can prove either. # id: 1897-youth.82
On the train you read Homer's Iliad and drink tea with strangers. Nobody looks twice at you. From here on, you are Trotsky. # sfx: train # id: 1897-youth.83
-> y1897_london

= y1897_london
{
- y1897_stayed:
    London, a cold morning in the spring of 1903. # place: london-door # date: 1903-04-01 ns # people: trotsky, krupskaya, lenin # actor: trotsky # mood: hopeful # presumes: DP03 = stay # id: 1897-youth.84
    You have come the long way round: Samara, the Austrian border, Vienna, Zurich. Iskra's people passed you from hand to hand. # speculation # presumes: DP03 = stay # id: 1897-youth.85
- else:
    London, an October morning in 1902. It is barely light. # place: london-door # date: 1902-10-01 ns # people: trotsky, krupskaya, lenin # actor: trotsky # mood: hopeful # presumes: DP03 = escape # id: 1897-youth.86
    You have come the long way round: Samara, the Austrian border, Vienna, Zurich. Iskra's people passed you from hand to hand. # presumes: DP03 = escape # id: 1897-youth.87
}
Fog hangs over a square of tall brick houses. The cab horse snorts and stamps. You speak no English. You got here by waving a slip of paper with an address. # id: 1897-youth.88
You were told to knock three times. You knock three times, hard. # sfx: knock # id: 1897-youth.89
A window goes up somewhere. Then the door opens. A woman in a dressing gown looks at you. It is Nadezhda Krupskaya, Lenin's wife. She runs the secret post of Iskra. # id: 1897-youth.90
You have no English money. Krupskaya goes out and pays your cab. # id: 1897-youth.91
Lenin is still in bed. He sits up, surprised but kind. Before he has even dressed, you are telling him everything: which Iskra addresses in the south are wrong, which border crossings work, who can be trusted. # id: 1897-youth.92
They already know you. On your way west, Iskra's people gave you a code name for your writing: Pero, "the Pen". Krupskaya greets you by it, and somebody laughs. # id: 1897-youth.93
{
- y1897_stayed:
    Lenin is glad to see you, but he has been waiting since last autumn. Other writers have taken the places he kept for you. # speculation # presumes: DP03 = stay # id: 1897-youth.94
- lenin_trust >= 3:
    Lenin listens hard, with his head on one side. Later he takes you for a long walk around London, to test what you know. He seems pleased with the answers. # id: 1897-youth.95
- else:
    Lenin listens politely. Later he takes you for a long walk around London and asks question after question. You cannot tell if you have passed. # id: 1897-youth.96
}
{
- y1897_stayed:
    Outside, London is waking up. Milk carts rattle past. You are twenty-three, and your new life has begun late. # presumes: DP03 = stay # id: 1897-youth.97
- else:
    Outside, London is waking up. Milk carts rattle past. You are twenty-two, and your new life has begun. # presumes: DP03 = escape # id: 1897-youth.98
}
->->
