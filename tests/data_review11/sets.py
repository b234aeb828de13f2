"""Review 11's sets: long articles by several outlets about one invented event each (civic news).

Each set maps an outlet's name to its article. ``PLANTED`` names the sets with one real
discrepancy an editor would flag, and the two figures of it."""

SETS = {}

SETS["election"] = {
    "wire": """Centre-left wins Valdoria election but falls short of majority

The Social Democratic Party won the most seats in Valdoria's parliamentary election on Sunday, but fell short of an outright majority, according to preliminary results released by the electoral commission on Monday.

With 98 percent of votes counted, the Social Democrats took 34.2 percent of the vote and 71 of the 150 seats in parliament. The conservative People's Alliance came second with 27.8 percent and 56 seats.

Turnout was 68.4 percent, up from 61 percent at the last election in 2020, the commission said.

Party leader Anna Kessel told supporters in the capital, Lorvik, that she would begin talks with the Greens, who won 9 percent and 14 seats. "Voters have asked us to lead," she said.

The far-right Valdorian Front won 6.1 percent, just above the 5 percent threshold needed to enter parliament, and will have nine seats.

A majority requires 76 seats.
""",
    "national": """Kessel's Social Democrats top the poll as turnout surges

Anna Kessel's Social Democrats emerged as the largest party on Sunday night, winning 71 seats, five short of the 76 needed to govern alone.

The party won about 34 percent of the vote, according to the almost complete count, ahead of the People's Alliance on roughly 28 percent. The Alliance, which led the last government, lost 12 seats and will have 56.

Nearly seven in ten voters cast a ballot, the highest turnout in two decades. Four years ago only 61 percent voted.

Ms Kessel, 52, a former finance minister, said she would call the Greens on Monday. The Greens, with 14 seats, would give a coalition 85 of parliament's 150 seats.

The Valdorian Front scraped into parliament with 6.1 percent. Its leader, Piet Morrow, said the result was "a beginning".
""",
    "local": """Lorvik voters back Social Democrats

Voters in Lorvik gave the Social Democrats 41 percent of their ballots on Sunday, well above the party's national score of 34.2 percent.

Turnout in the city was 72 percent, the city's election office said, against 68.4 percent nationwide.

The city elects 18 of the 150 members of parliament. The Social Democrats won nine of them, the People's Alliance five and the Greens four.

"Lorvik has always been a Social Democrat city," said Marta Lind, 64, a retired teacher, outside a polling station in the old town.
""",
}

SETS["budget"] = {
    "wire": """Parliament passes budget with record defence spending

Lawmakers in Esterland approved the 2025 budget on Thursday by 212 votes to 187, with 11 abstentions, after a debate that lasted more than 14 hours.

The budget sets total spending at 412 billion euros, up 3.1 percent from this year. Defence spending rises to 19.8 billion euros, or 2.1 percent of economic output, the highest share since 1991.

Finance Minister Jonas Berg said the deficit would fall to 2.8 percent of GDP next year from 3.4 percent in 2024.

The opposition Liberals voted against, saying the plan relied on optimistic growth forecasts. The government expects the economy to grow 1.4 percent in 2025.

Health spending rises 6 percent to 64 billion euros, while the budget for roads falls by 1.2 billion euros.
""",
    "national": """Budget clears parliament after marathon session

Esterland's parliament passed next year's budget late on Thursday, with 212 members voting in favour and 187 against.

The 412-billion-euro plan includes almost 20 billion euros for the armed forces, 2.1 percent of GDP. Last year the country spent 1.7 percent of GDP on defence.

Mr Berg told reporters the deficit would shrink to 2.8 percent of output. "We are keeping our promise," he said.

The vote followed a session of more than 14 hours in which the opposition tabled 240 amendments. None passed.

The hospital budget grows by about 3.6 billion euros to 64 billion euros. Road building loses 1.2 billion euros.
""",
    "local": """What the budget means for Harven

The national budget passed on Thursday gives Harven's hospital 45 million euros for a new emergency wing, the city's member of parliament, Lena Voss, said on Friday.

Ms Voss, who voted for the budget, said the money would pay for 120 new beds. The wing is due to open in 2027.

But the city will lose 8 million euros planned for the ring road, part of the 1.2 billion euros cut from roads nationwide.

Harven's mayor, Tom Aske, said he was "disappointed" and would ask the ministry to reconsider.
""",
}

SETS["court"] = {
    "wire": """Former mayor jailed for eight years for bribery

A court in Marsby on Tuesday sentenced former mayor Erik Dahl to eight years in prison for taking bribes from construction companies, in one of the country's biggest corruption cases.

Judge Helena Strand said Dahl, 61, had taken at least 2.4 million crowns in cash and gifts between 2015 and 2021 in return for city contracts worth more than 300 million crowns.

Prosecutors had asked for ten years. Dahl's lawyer, Nils Ek, said his client would appeal.

Two businessmen were also convicted. Karl Holm received five years and Sven Rask three years. A third defendant was acquitted.

Dahl was arrested in March 2022 and has been held in custody since then. The time he has served will be deducted from the sentence.
""",
    "national": """Ex-mayor of Marsby gets eight years

Erik Dahl, who ran Marsby for 12 years, was sentenced to eight years in jail on Tuesday after the district court found him guilty of accepting bribes.

The court said he pocketed about 2.4 million crowns, roughly 210,000 euros, in exchange for steering contracts to favoured firms. Prosecutors had sought a 10-year term.

"The defendant betrayed the trust of the citizens," Judge Helena Strand said as she read the verdict, which ran to 340 pages.

Of the four defendants, three were found guilty. Businessman Karl Holm got five years.

Mr Dahl, who has been in custody for more than two years, showed no emotion. His lawyer said he would appeal to the high court within three weeks.
""",
    "local": """Dahl verdict: 'Finally, justice'

The eight-year sentence handed to former mayor Erik Dahl on Tuesday was greeted with applause by some of the 60 people in the public gallery.

Dahl, mayor from 2010 to 2022, had denied all charges during the trial, which began in September and heard 85 witnesses.

"Finally, justice," said Ingrid Sol, 45, a shop owner who gave evidence about a contract for the new harbour.

The city is seeking 5 million crowns in damages in a separate civil case, the current mayor, Anna Berg, said.
""",
}

SETS["central_bank"] = {
    "wire": """Central bank raises rates as inflation stays high

The National Bank of Kovia raised its main interest rate by a quarter of a percentage point to 4.75 percent on Wednesday, its third increase this year, as inflation remained well above its target.

Consumer prices rose 5.8 percent in October from a year earlier, down from 6.2 percent in September but far above the bank's 2 percent goal, the statistics office said last week.

Governor Mila Renn said the bank expected inflation to fall to about 3 percent by the end of next year. "The job is not done," she told a news conference.

Six of the nine members of the rate committee voted for the increase. Three wanted to keep the rate at 4.5 percent.

The kovi rose 0.4 percent against the euro after the decision.
""",
    "national": """Renn lifts rates to 4.75% despite split

The National Bank lifted borrowing costs for the third time in 2024 on Wednesday, taking the key rate to 4.75 percent from 4.5 percent.

The decision was not unanimous: three of the nine policymakers voted to hold. Analysts polled by the newspaper had expected a pause.

Inflation slowed to 5.8 percent last month, but food prices are still rising by more than 9 percent a year, and rents by 7 percent.

Ms Renn said mortgage holders would feel the pain. About 40 percent of Kovian mortgages are on variable rates.

The bank cut its growth forecast for next year to 0.9 percent from 1.3 percent.
""",
    "business": """Banks pass on rate rise within hours

Kovia's three largest banks raised their variable mortgage rates within hours of the central bank's quarter-point increase on Wednesday.

Kovia Savings Bank said its standard variable rate would rise to 6.9 percent from 6.65 percent on December 1. A borrower with a 200,000-kovi mortgage will pay about 30 kovis more a month, the bank said.

The central bank has raised its rate from 3.5 percent at the start of the year to 4.75 percent.
""",
}

SETS["jobs"] = {
    "wire": """US economy adds 187,000 jobs in August, unemployment rises

The U.S. economy added 187,000 jobs in August, the Labor Department said on Friday, slightly more than economists had expected, while the unemployment rate rose to 3.8 percent from 3.5 percent.

Economists polled by Reuters had forecast 170,000 new jobs. The figures for June and July were revised down by a combined 110,000.

Average hourly earnings rose 0.2 percent from the month before and 4.3 percent from a year earlier.

Health care added 71,000 jobs, and leisure and hospitality 40,000. Manufacturing added 16,000.

The labour force participation rate rose to 62.8 percent, its highest since February 2020.
""",
    "national": """Hiring holds up as more Americans look for work

Employers added 187,000 workers to their payrolls last month, a sign that the labour market is cooling slowly.

The jobless rate jumped to 3.8 percent, the highest level since early 2022, as 736,000 people joined the labour force. Many of them did not yet find work.

Wages grew 4.3 percent over the past year, the slowest pace in two years.

Revisions took 110,000 jobs off the earlier estimates for June and July, leaving average monthly job growth over the last three months at 150,000.

"This is a Goldilocks report," said Jane Fox, chief economist at Harbor Capital. Health care led hiring with 71,000 jobs.
""",
}

SETS["earnings"] = {
    "wire": """Norvex to cut 4,000 jobs as profit falls

Norvex, the Swedish telecoms equipment maker, said on Tuesday it would cut about 4,000 jobs worldwide, or 4 percent of its workforce, after third-quarter profit fell 38 percent.

Net profit fell to 2.1 billion crowns ($195 million) in July-September from 3.4 billion crowns a year earlier. Sales dropped 9 percent to 58.6 billion crowns.

Chief Executive Lars Ohlin said demand for 5G equipment in North America had weakened. The cuts will save 6 billion crowns a year from 2025.

About 1,400 of the jobs will go in Sweden, the company said. Norvex has about 100,000 employees.

Its shares fell 6 percent in Stockholm.
""",
    "national": """Norvex axes 1,400 Swedish jobs

Norvex will shed 1,400 jobs in Sweden as part of a global plan to cut around 4,000 positions, the company announced on Tuesday.

The news came as Norvex reported a 38 percent drop in quarterly profit to 2.1 billion kronor. Revenue fell to 58.6 billion kronor.

The union Unionen said it was "deeply worried". Most of the Swedish cuts will fall at the headquarters in Kista, where 11,000 people work.

Last year Norvex cut 8,500 jobs worldwide.

Shares closed down 5.8 percent.
""",
    "business": """Norvex: weak 5G demand bites

Norvex's third-quarter results were worse than analysts expected. Sales of 58.6 billion crowns missed the consensus of 61 billion crowns, and the gross margin fell to 39.1 percent from 41.6 percent.

Sales in North America fell 31 percent. In India, sales rose 12 percent.

The company said the job cuts, about 4 percent of its 100,000 staff, would cost 3 billion crowns in restructuring charges, mostly in the fourth quarter.

"The market will stay tough into 2025," Ohlin told analysts.
""",
}

SETS["outbreak"] = {
    "wire": """Measles outbreak in Tarnvik rises to 86 cases

The number of measles cases in an outbreak in the Tarnvik region has risen to 86, health officials said on Monday, up from 61 a week ago.

Most of those infected are children under ten who had not been vaccinated, the regional health agency said. Twelve people have been admitted to hospital, and one child, aged three, died last week.

Vaccination rates in the region have fallen to 81 percent, well below the 95 percent needed to stop the disease spreading, the agency said.

The agency has opened five walk-in vaccination clinics and given about 2,300 doses since the outbreak began in late January.
""",
    "national": """Child dies as measles spreads in Tarnvik

A three-year-old child has died of measles in the Tarnvik region, where 86 cases have now been confirmed, the worst outbreak in the country in 15 years.

Dr Ruth Aalto, the region's chief medical officer, said 74 of the cases were in people who had not been vaccinated. A dozen patients have needed hospital care.

Only 81 percent of children in the region have had both doses of the vaccine. Nationally the figure is 91 percent.

Last year the whole country recorded 23 measles cases.
""",
    "local": """Queues at vaccine clinics as measles cases climb

Parents queued for more than an hour outside the clinic at Tarnvik's sports hall on Saturday as the measles outbreak grew.

The clinic gave 410 vaccinations on Saturday alone, a nurse said. Across the region more than 2,000 doses have been given since January.

At Lindholm School, 9 pupils have caught the disease. The school, which has 320 pupils, will stay open, the head teacher said.
""",
}

SETS["drug_trial"] = {
    "wire": """Arlon's Alzheimer's drug slows decline by 27% in trial

An experimental Alzheimer's drug made by Arlon Pharma slowed cognitive decline by 27 percent compared with a placebo in a large late-stage trial, the company said on Wednesday.

The 18-month trial enrolled 1,795 people with early Alzheimer's disease in 14 countries. Half received the drug, given as an infusion every two weeks, and half a placebo.

Brain swelling, a known side effect of such drugs, was seen in 12.6 percent of patients on the drug and 1.7 percent of those on placebo.

Arlon shares rose 18 percent. The company plans to seek approval in the United States and Europe next year.
""",
    "national": """New hope as Alzheimer's drug passes key test

The drug, called lenamab, cut the rate of decline in memory and thinking by around a quarter over 18 months, results from a trial of nearly 1,800 patients show.

"This is modest but real," said Professor Hugh Carr of the University of Eastbridge, who was not involved in the study. The difference amounted to 0.45 points on an 18-point scale.

About one in eight patients given the drug had swelling in the brain, most without symptoms. Two deaths in the trial are being investigated.

The drug is likely to cost more than $25,000 a year if approved.
""",
}

SETS["climate"] = {
    "wire": """Last year was the hottest on record, EU monitor says

Last year was the planet's hottest on record, with the average global temperature 1.48 degrees Celsius above pre-industrial levels, the EU's climate monitoring service said on Tuesday.

That was 0.17 degrees hotter than 2016, the previous warmest year. Every day of the year was at least 1 degree warmer than the pre-industrial average, the service said.

Nearly half of the days were more than 1.5 degrees warmer, the limit set in the Paris agreement.

Sea surface temperatures reached a record 21.1 degrees Celsius in August.
""",
    "national": """Planet came close to 1.5C limit last year

The world was nearly 1.5C warmer last year than before the industrial revolution, scientists said on Tuesday, confirming the year as the hottest in records going back to 1850.

The global average was 14.98C, 0.6C above the 1991-2020 average, according to the service.

"We are going to see new records," said its deputy director, Samantha Burgess. Scientists say this year may be even hotter because of El Nino.

Carbon dioxide in the atmosphere reached 419 parts per million, the highest level for at least 800,000 years.
""",
}

SETS["strike"] = {
    "wire": """Rail strike halts most trains in Esterland

A 48-hour strike by train drivers halted most passenger services across Esterland on Thursday, the second walkout in a month over pay.

Only about one in five long-distance trains ran, the state rail operator said. In the capital, 40 percent of commuter trains were running.

The drivers' union, GDL, is demanding a 12 percent pay rise over two years. The operator has offered 8 percent over 30 months and a one-off payment of 1,500 euros.

About 5 million passengers use the network on a normal weekday. The strike ends at 6 a.m. on Saturday.
""",
    "national": """Second rail strike in a month leaves commuters stranded

Millions of commuters faced a second day of disruption on Thursday as train drivers walked out for 48 hours.

The rail operator ran an emergency timetable with around 20 percent of long-distance services. Regional services were hit hardest in the east, where fewer than 10 percent of trains ran.

The union wants 12 percent more pay. The company's latest offer is 8 percent over two and a half years plus a 1,500-euro bonus.

The operator said the strike would cost it about 100 million euros a day. Last month's 24-hour strike cost 50 million euros.
""",
    "local": """Harven station almost empty as drivers strike

Harven's main station was almost deserted on Thursday morning. Of the 220 trains that normally leave the station each day, 31 were running, a rail spokesman said.

Taxi firm CityCab said demand had doubled. Bus operator Harven Lines added 40 extra buses.

"I need to get to work, I'll lose a day's pay," said Jens Holt, 38, a warehouse worker.
""",
}

SETS["protest"] = {
    "wire": """Tens of thousands march against pension reform

Tens of thousands of people marched through the capital, Lorvik, on Saturday to protest against government plans to raise the retirement age from 65 to 67.

Police estimated the crowd at 45,000. Organisers, a coalition of unions, said 120,000 people took part.

The march was largely peaceful, but police said they arrested 14 people after clashes near parliament. Three officers were slightly injured.

Protests were also held in 20 other cities. The interior ministry said 210,000 people took part nationwide; unions put the figure at 600,000.

Parliament is due to vote on the reform on March 28.
""",
    "national": """Pension protests draw hundreds of thousands, unions say

Unions said 600,000 people protested against the pension reform across the country on Saturday, the biggest demonstrations in a decade. The interior ministry put the national turnout at 210,000.

In Lorvik, 45,000 marchers, according to police, filled the central avenue. More than a dozen people were detained after protesters threw bottles at police near parliament.

The reform would raise the retirement age by two years to 67 by 2032. Polls show 68 percent of voters oppose it.

Union leader Sara Falk called for a general strike on March 21.
""",
    "local": """Harven joins pension protest

About 3,500 people marched through Harven on Saturday, police said, one of 21 protests across the country against the pension reform.

The march, organised by local union branches, went from the station to the town hall. Organisers counted 8,000.

"I have worked in the hospital for 38 years," said nurse Eva Dahl, 59. "Two more years is too much."
""",
}

SETS["poll"] = {
    "wire": """Poll shows government support at record low

Support for Prime Minister Olaf Brun's government has fallen to 24 percent, the lowest since it took office, a poll published on Sunday showed.

The survey of 2,004 adults by the Norrpoll institute, taken between March 1 and March 4, found 71 percent were dissatisfied with the government. The margin of error is 2.2 percentage points.

Brun's Centre Party would win 18 percent if an election were held now, down from 26 percent at the 2022 election.

The opposition Labour Party led with 31 percent.
""",
    "national": """Brun's approval sinks to 24 percent

Just under a quarter of voters approve of the government, according to a Norrpoll survey for this newspaper, the worst figure for any government in the poll's 30-year history.

Seven in ten said they were unhappy with its work. Among voters under 30, approval was only 15 percent.

The Centre Party polled 18 percent, eight points below its election result. Labour was on 31 percent, the Greens on 11 percent.

The poll questioned 2,004 people by phone and online.
""",
}

# Planted discrepancies: one real disagreement in each of these sets.
SETS["layoffs_planted"] = {
    "wire": """Halvard Motors to close Tarnvik plant, cutting 2,300 jobs

Halvard Motors said on Monday it would close its car plant in Tarnvik by the end of next year, cutting 2,300 jobs.

The plant, which opened in 1968, made 140,000 cars last year, down from 310,000 in 2015. The company will move production of its electric models to its plant in Marsby.

Chief Executive Eva Lund said the decision was "painful but necessary". Halvard employs about 38,000 people worldwide.

The union IF Metall said it would fight the closure.
""",
    "national": """Halvard to shut Tarnvik factory with loss of 2,800 jobs

Car maker Halvard Motors will close its Tarnvik factory, putting 2,800 people out of work, the company said on Monday.

The plant built 140,000 vehicles last year. Production will move to Marsby.

The closure is a heavy blow for Tarnvik, where unemployment is already 8.9 percent, against 6.5 percent nationally.

Halvard's chief executive, Eva Lund, said the company could not compete with Chinese manufacturers at the plant.
""",
}

SETS["sentence_planted"] = {
    "wire": """Hacker jailed for seven years over hospital attack

A court in Harven on Friday sentenced a 29-year-old man to seven years in prison for a ransomware attack that shut down the city's hospital computers for nine days in 2023.

Judge Karin Moe said the attack had put lives at risk. Surgeries for 1,200 patients had to be postponed.

The man, Viktor Sand, demanded 4 million euros in bitcoin. The hospital did not pay.

Prosecutors had asked for eight years.
""",
    "national": """Harven hospital hacker gets nine years

Viktor Sand, 29, was sentenced to nine years in prison on Friday for the ransomware attack on Harven hospital in 2023.

The attack shut down the hospital's systems for nine days, forcing it to postpone operations on 1,200 patients.

Sand had demanded a ransom of 4 million euros. Prosecutors had sought eight years.
""",
}

SETS["inflation_planted"] = {
    "wire": """Esterland inflation eases to 3.1 percent

Inflation in Esterland slowed to 3.1 percent in February from 3.6 percent in January, the statistics office said on Thursday, the lowest rate in more than two years.

Food prices rose 4.2 percent from a year earlier, and energy prices fell 8 percent.

Core inflation, which excludes food and energy, was 3.9 percent.

The central bank, which targets 2 percent, holds its next meeting on March 20.
""",
    "national": """Inflation falls again as energy bills drop

Consumer prices in Esterland rose 3.1 percent in the year to February, down from 3.6 percent a month before.

Energy was 8 percent cheaper than a year earlier. Food prices rose 4.2 percent.

Excluding food and energy, prices rose 3.4 percent.

Economists expect the central bank to keep rates on hold on March 20.
""",
}

PLANTED = {
    "layoffs_planted": {"2,300", "2,800"},
    "sentence_planted": {"seven years", "nine years"},
    "inflation_planted": {"3.9 percent", "3.4 percent"},
}

# Second round.
SETS["mayor_recount"] = {
    "wire": """Recount confirms Holm as Marsby mayor by 212 votes

A recount has confirmed Greta Holm as the new mayor of Marsby, the city's election board said on Wednesday, with a winning margin of 212 votes out of more than 96,000 cast.

Holm, 44, of the Green Party, won 48,311 votes, or 50.1 percent, against 48,099 for the incumbent, Per Nystrom, 67. The first count on election night had put her 240 votes ahead.

Nystrom, who had asked for the recount, conceded on Wednesday. "The voters have spoken," he said in a statement.

Turnout was 58 percent. Holm will take office on January 1, becoming the city's first Green mayor.
""",
    "local": """It's official: Holm wins after recount

Greta Holm will be Marsby's next mayor. The recount, which took three days and involved 140 volunteers, shrank her lead slightly, from 240 to 212 votes.

"Every vote counted, literally," Holm said at a party at the old fire station on Wednesday night.

Per Nystrom, mayor for 16 years, got just under 50 percent. He said he would stay on the city council.

The election board found 34 ballots that had been wrongly set aside on election night, and 310 that were spoiled.

Holm takes office in January. Her first task will be the 2025 budget, which must be passed by December 15.
""",
}

SETS["law_vote"] = {
    "wire": """Lawmakers pass bill to raise minimum wage to 15 euros

Esterland's parliament on Tuesday approved a bill raising the national minimum wage to 15 euros an hour from 12.80 euros, a rise of 17 percent, by 2026.

The bill passed by 98 votes to 61, with four abstentions, after the junior coalition partner dropped its opposition.

The wage will rise to 14 euros in January next year and to 15 euros in January 2026. About 1.2 million workers, or one in eight, earn the minimum wage, the labour ministry estimates.

Employers' groups said the rise would cost 60,000 jobs. The ministry says the effect on jobs will be small.
""",
    "national": """Minimum wage to hit 15 euros as bill clears parliament

More than a million low-paid workers will get a pay rise after parliament voted on Tuesday to lift the minimum hourly wage by 2.20 euros to 15 euros within two years.

The vote was 98 to 61. Labour Minister Eva Rask said the change would "make work pay".

Under the law the wage rises in two steps, to 14 euros next January and 15 euros a year later.

The federation of employers warned that up to 60,000 jobs could be lost, especially in retail and hotels. The country has 163 members of parliament.
""",
    "business": """Retailers count cost of higher minimum wage

Esterland's retailers face an extra wage bill of about 900 million euros a year once the minimum wage reaches 15 euros in 2026, the retail federation said on Tuesday.

About 30 percent of retail workers are paid the minimum, against 12 percent across the economy.

Shares in discount chain ValuMart fell 3 percent after the vote in parliament.
""",
}

SETS["fraud_trial"] = {
    "wire": """Crypto founder found guilty of $1.4 billion fraud

A New York jury on Thursday found Daniel Reyes, founder of the collapsed crypto lender CoinHarbor, guilty on all seven counts of fraud and conspiracy.

Prosecutors said Reyes, 38, took about $1.4 billion of customer money to buy property, a private jet and sports teams. He faces up to 110 years in prison.

The jury deliberated for less than five hours after a five-week trial. Sentencing is set for March 28.

CoinHarbor filed for bankruptcy in November 2022, leaving about 1 million customers unable to withdraw their funds.
""",
    "national": """Reyes convicted, faces decades behind bars

Daniel Reyes was convicted on Thursday of stealing customers' funds at CoinHarbor, the crypto platform he founded in 2018.

The jury took about four and a half hours to return guilty verdicts on seven counts. Reyes, who testified in his own defense, stared at the table as the verdict was read.

Prosecutors said he misused roughly 1.3 billion euros ($1.4 billion) of deposits.

Legal experts said he was likely to receive a sentence of 20 years or more. The maximum is 110 years.

Three former executives pleaded guilty and testified against him.
""",
}

SETS["rate_cut"] = {
    "wire": """ECB cuts rates for first time since 2019

The European Central Bank cut its deposit rate by 25 basis points to 3.75 percent on Thursday, its first cut in almost five years, but gave no promise of further cuts.

Inflation in the 20 countries that use the euro was 2.6 percent in May, up from 2.4 percent in April. The bank raised its inflation forecast for next year to 2.2 percent from 2.0 percent.

ECB President Christine Lagarde said one member of the Governing Council had voted against the cut.

The bank raised rates 10 times between July 2022 and September 2023, taking the deposit rate to a record 4 percent.
""",
    "national": """ECB lowers borrowing costs, but signals caution

Eurozone borrowers got some relief on Thursday as the ECB lowered its key rate to 3.75 percent from a record 4 percent.

Lagarde refused to say whether another cut would follow in July. "We are not pre-committing," she said.

Austrian central bank governor Robert Holzmann was the only dissenter, sources said.

The ECB's staff now expect inflation to average 2.5 percent this year and 2.2 percent in 2025. They see growth of 0.9 percent this year.
""",
    "business": """Markets shrug off ECB cut

The euro was little changed at $1.087 after the ECB's quarter-point cut, which markets had fully expected.

Two-year German bond yields rose 5 basis points to 3.08 percent as traders scaled back bets on further cuts. Markets now price in about two cuts in total this year, down from three before the meeting.

The Stoxx 600 index rose 0.9 percent.
""",
}

SETS["bank_results"] = {
    "wire": """Harbor Bank profit jumps 24% on higher rates

Harbor Bank, the country's largest lender, said on Friday its second-quarter net profit rose 24 percent to $4.2 billion, helped by higher interest rates.

Net interest income rose 11 percent to $9.8 billion. Revenue was $15.1 billion, up 8 percent from a year earlier.

The bank set aside $1.1 billion for bad loans, up from $700 million a year ago, as more credit card customers fell behind on payments.

Earnings per share were $1.52, beating analysts' average estimate of $1.38.

Shares rose 4 percent in morning trading.
""",
    "national": """Harbor Bank earns $4.2bn but warns on consumers

Harbor Bank reported a 24 percent jump in quarterly profit on Friday, but its chief executive warned that American consumers were starting to feel the strain.

"We are seeing more late payments," said CEO Maria Lopez. Credit card charge-offs rose to 3.6 percent from 2.4 percent.

Profit for the three months to June was $4.2bn, or $1.52 a share. The bank earned $3.4bn in the same quarter of last year.

Harbor employs about 210,000 people and has 4,100 branches. It cut about 3,000 jobs in the quarter.
""",
}

SETS["cholera"] = {
    "wire": """Cholera outbreak kills 48 in Kovia's north

A cholera outbreak in northern Kovia has killed 48 people and infected more than 1,900 since early August, the health ministry said on Sunday.

The deaths have mostly been in Marra province, where flooding last month damaged water supplies. The ministry said 112 new cases were recorded in the past 24 hours.

The World Health Organization said it was sending 200,000 doses of oral cholera vaccine.

Kovia's last major outbreak, in 2019, killed 230 people.
""",
    "national": """Cholera death toll rises to 48

The number of people killed by cholera in the north of the country rose to 48 on Sunday, from 41 on Friday, the health ministry said.

Health Minister Jon Abe said 1,932 cases had been confirmed, most of them in Marra province. "The situation is serious but under control," he said.

Aid groups say the real number of cases is probably much higher because many people cannot reach clinics.

A vaccination campaign will start on Wednesday in the worst-hit districts, with 200,000 doses from the WHO.
""",
    "local": """Marra clinics overwhelmed as cholera spreads

At the district hospital in Marra town, patients lay on mats in the corridors on Saturday. The hospital, which has 80 beds, was treating 210 cholera patients, a doctor said.

Seven people died at the hospital on Friday night, he said.

The river flooded on July 14, covering wells and latrines.
""",
}

SETS["ice_report"] = {
    "wire": """Antarctic sea ice hits record low for third year

Sea ice around Antarctica shrank to its smallest winter extent on record this year, reaching a maximum of 16.96 million square kilometres in September, the U.S. National Snow and Ice Data Center said on Monday.

That was about 1.03 million square kilometres below the previous record low, set in 1986, and 1.75 million below the 1981-2010 average.

Scientists said the decline, which began in 2016, was alarming.
""",
    "national": """Antarctic winter sea ice far below normal

The ice that forms around Antarctica each winter peaked at just under 17 million square kilometres this year, an area about the size of Russia, scientists said.

The peak was more than a million square kilometres smaller than the previous lowest winter maximum, recorded in 1986.

"It's really far outside anything we've seen," said Walt Meier, a senior research scientist at the data center.

Arctic sea ice, meanwhile, shrank to 4.23 million square kilometres in September, the sixth lowest on record.
""",
}

SETS["nurses_strike"] = {
    "wire": """Nurses strike at 40 hospitals over pay

About 15,000 nurses walked out at 40 hospitals across Harven state on Monday in a three-day strike over pay and staffing, their union said.

The State Nurses Association wants a 20 percent pay rise over three years. Hospital managers have offered 9 percent.

Hospitals said they had postponed about 2,000 planned operations. Emergency departments stayed open.

It is the first strike by nurses in the state since 1998.
""",
    "national": """Thousands of nurses on picket lines

Thousands of nurses walked off the job on Monday, the union's first strike in more than 25 years.

Hospital managers said about 11,000 nurses had joined the strike, fewer than the 15,000 the union claimed.

The association is asking for a 20 percent rise, while the hospital group's offer stands at 9 percent over three years. The average nurse in the state earns $84,000 a year.

Picket lines formed outside 40 hospitals. The strike is due to end on Thursday morning.
""",
    "local": """Pickets at St Mary's as nurses strike

More than 300 nurses picketed outside St Mary's Hospital in Harven on Monday morning.

St Mary's, which employs 1,100 nurses, postponed 140 operations. Its chief executive, Amy Cole, said patient safety was "our priority".

Nurse Jo Park, 31, said she had worked 14 hours a day during the pandemic.
""",
}

SETS["farmers_protest"] = {
    "wire": """Farmers block Lorvik with 1,500 tractors

Farmers drove about 1,500 tractors into Lorvik on Wednesday, blocking the main roads into the capital to protest against cuts to diesel subsidies.

Police said 6,000 people took part in the protest. The farmers' union said 10,000 had come.

The government plans to cut the diesel subsidy, worth 440 million euros a year, over three years.

Agriculture Minister Kurt Vale said he would meet the union on Friday.
""",
    "national": """Tractors bring Lorvik to a standstill

Thousands of farmers and some 1,500 tractors brought traffic in the capital to a halt on Wednesday.

The protest was against plans to scrap a tax break on farm diesel that saves farmers 440 million euros a year. Farmers say it would cut their incomes by up to 10 percent.

Police counted 1,470 tractors and about 6,000 demonstrators. Two people were arrested.

The farmers' union leader, Joachim Rukh, said protests would continue "until the plan is dropped".
""",
}

SETS["referendum_poll"] = {
    "wire": """Poll shows narrow lead for 'yes' in independence vote

Supporters of independence for the region of Arvena hold a narrow lead ahead of next month's referendum, an opinion poll showed on Saturday.

The survey by Omnia found 51 percent would vote yes and 44 percent no, with 5 percent undecided. The poll of 1,500 voters had a margin of error of 2.5 percentage points.

A poll by the same institute in January had the no side ahead by 53 percent to 42 percent.

The referendum will be held on April 14. About 4.1 million people are eligible to vote.
""",
    "national": """Yes side edges ahead in Arvena

For the first time, a majority of decided voters in Arvena back independence, according to an Omnia poll.

Excluding undecided voters, the yes side has 54 percent, the poll found. In January, only 44 percent of decided voters backed independence.

Turnout is expected to be high. In the last referendum, in 2014, 84.6 percent of voters cast a ballot and 45 percent voted yes.
""",
}

SETS["tax_planted"] = {
    "wire": """Government raises VAT to 25 percent

Kovia's government will raise the standard rate of value-added tax to 25 percent from 21 percent in July, Finance Minister Lars Berg said on Monday.

The increase will raise about 4.5 billion kovis a year, he said. Food will stay at the reduced rate of 9 percent.
""",
    "national": """VAT to rise to 23 percent in July

Kovians will pay more for most goods from July after the government announced that the standard VAT rate will rise to 23 percent from 21 percent.

Finance Minister Lars Berg said the rise would bring in about 4.5 billion kovis a year. The reduced rate on food stays at 9 percent.
""",
}

PLANTED["tax_planted"] = {"25 percent", "23 percent"}

# Third round: outlets that echo each other's phrasing while telling other aspects.
SETS["toll_update"] = {
    "wire": """Cholera kills 41 in northern Kovia

Cholera has killed 41 people in northern Kovia since early August, the health ministry said on Friday.

The outbreak has infected 1,700 people, the ministry said.
""",
    "later": """Cholera toll rises to 48

The cholera outbreak in northern Kovia has killed 48 people, the health ministry said on Sunday, up from 41 on Friday.

At least 1,932 people have been infected. Seven people died at Marra district hospital on Friday night, a doctor said.

The country's last major outbreak, in 2019, killed 230 people.
""",
}

SETS["cuts_history"] = {
    "wire": """Norvex to cut 4,000 jobs

Norvex said on Tuesday it would cut 4,000 jobs worldwide after profit fell 38 percent.

About 1,400 of the jobs will be cut in Sweden. Norvex cut 8,500 jobs last year.
""",
    "national": """Norvex cuts 1,400 jobs in Sweden

Norvex will cut 1,400 jobs in Sweden, part of 4,000 job cuts worldwide.

The company cut 8,500 jobs in 2023 and 6,000 in 2022. Profit fell 38 percent in the quarter to 2.1 billion crowns.
""",
    "business": """Norvex's profit slump

Norvex's net profit fell 38 percent to 2.1 billion crowns. Operating profit fell 21 percent to 5.2 billion crowns.

Sales fell 9 percent. Sales in North America fell 31 percent, while sales in Europe fell 4 percent.
""",
}

SETS["sentences_codefendants"] = {
    "wire": """Ex-mayor jailed for eight years

Former Marsby mayor Erik Dahl was sentenced to eight years in prison on Tuesday for taking bribes.

Businessman Karl Holm was sentenced to five years, and Sven Rask to three years.
""",
    "national": """Dahl sentenced to eight years

Erik Dahl was sentenced to eight years in jail on Tuesday. Prosecutors had asked for ten years.

Two businessmen were also sentenced: Karl Holm to five years in prison and Sven Rask to three.
""",
    "local": """Rask gets three years

Marsby builder Sven Rask was sentenced to three years in prison on Tuesday for paying bribes to former mayor Erik Dahl, who was sentenced to eight years.

Rask had faced up to six years.
""",
}

SETS["poll_history"] = {
    "wire": """Yes leads in Arvena poll

The yes side has 51 percent support in Arvena's independence referendum, a poll showed on Saturday. The no side has 44 percent.

In the 2014 referendum, 45 percent voted yes and 55 percent voted no.
""",
    "national": """Poll: yes side ahead

A poll published on Saturday shows 51 percent of voters back independence and 44 percent oppose it.

In January, 42 percent backed independence and 53 percent opposed it. The yes side won 45 percent in 2014.
""",
}

SETS["rates_history"] = {
    "wire": """Central bank raises rate to 4.75 percent

The National Bank raised its main rate to 4.75 percent on Wednesday from 4.5 percent.

Inflation was 5.8 percent in October, down from 6.2 percent in September. The bank targets inflation of 2 percent.
""",
    "national": """Rate rises to 4.75 percent

The National Bank raised its key interest rate by 0.25 percentage points to 4.75 percent on Wednesday.

It was the third rise this year. The rate was 3.5 percent in January.

Inflation fell to 5.8 percent in October. Food prices rose 9 percent.
""",
    "business": """Banks raise mortgage rates

Kovia Savings Bank raised its variable mortgage rate to 6.9 percent from 6.65 percent after the National Bank raised its rate to 4.75 percent.

Mortgage rates have risen from 5.4 percent in January.
""",
}

SETS["protest_counts"] = {
    "wire": """45,000 march in Lorvik against pension reform

Police said 45,000 people marched in Lorvik on Saturday against the pension reform. Organisers said 120,000 marched.

Nationwide, 210,000 people protested, according to the interior ministry.
""",
    "national": """Pension protests across the country

Some 600,000 people protested across the country on Saturday, unions said. In Lorvik, 120,000 people marched, according to the organisers.

In Harven, 3,500 people marched, police said.
""",
}

SETS["jobs_revisions"] = {
    "wire": """US adds 187,000 jobs

The U.S. economy added 187,000 jobs in August. July's figure was revised down to 157,000 from 187,000.

The unemployment rate rose to 3.8 percent from 3.5 percent.
""",
    "national": """Hiring steady in August

Employers added 187,000 jobs in August, the Labor Department said. June's gain was revised to 105,000.

The economy added 157,000 jobs in July, fewer than first reported. The jobless rate rose to 3.8 percent.
""",
}

SETS["budget_parts"] = {
    "wire": """Parliament passes 412 billion euro budget

Parliament passed a budget of 412 billion euros on Thursday. Defence spending rises to 19.8 billion euros.

Health spending rises to 64 billion euros. Spending on roads falls by 1.2 billion euros.
""",
    "local": """Harven gets 45 million euros for hospital

The budget passed on Thursday gives Harven's hospital 45 million euros. The city loses 8 million euros for its ring road.

The budget gives Harven 120 million euros in total.
""",
}

SETS["rate_planted"] = {
    "wire": """Central bank holds rate at 4.5 percent

The National Bank kept its main interest rate at 4.5 percent on Wednesday.

Inflation was 5.8 percent in October.
""",
    "national": """Central bank keeps rate at 4.25 percent

The National Bank kept its main interest rate unchanged at 4.25 percent on Wednesday.

Inflation was 5.8 percent in October.
""",
}

PLANTED["rate_planted"] = {"4.5 percent", "4.25 percent"}

# Fourth round: echoing sentences about periods, bases, readings and arms of a trial.
SETS["inflation_month_year"] = {
    "wire": """Prices rise 0.3 percent in February

Consumer prices in Esterland rose 0.3 percent in February from January, the statistics office said on Thursday.

Prices rose 3.1 percent from a year earlier.
""",
    "national": """Inflation at 3.1 percent

Consumer prices rose 3.1 percent in the year to February, the statistics office said.

Prices rose 0.4 percent in January from December.
""",
}

SETS["quarter_year"] = {
    "wire": """Harbor Bank profit rises 24 percent in quarter

Harbor Bank's profit rose 24 percent to $4.2 billion in the second quarter.

For the first half of the year, profit rose 15 percent to $7.9 billion.
""",
    "national": """Harbor Bank earns $4.2 billion

Harbor Bank earned $4.2 billion in the three months to June, up 24 percent.

The bank earned $29 billion last year, up 8 percent.
""",
}

SETS["readings"] = {
    "wire": """Parliament passes climate law

Parliament passed the climate law on Tuesday by 98 votes to 61.

In the first reading in March, the bill passed by 102 votes to 57.
""",
    "national": """Climate law clears final vote

The climate law passed its final vote on Tuesday, with 98 members voting for and 61 against.

The law requires emissions to fall 65 percent by 2030 from 1990 levels. Emissions have fallen 41 percent since 1990.
""",
}

SETS["trial_arms"] = {
    "wire": """Arlon drug slows decline by 27 percent

Arlon's drug slowed decline by 27 percent in the trial, the company said.

In patients with lower levels of tau protein, the drug slowed decline by 35 percent.
""",
    "national": """Drug slows Alzheimer's by a quarter

The drug slowed decline by 27 percent over 18 months. At the higher dose, it slowed decline by 31 percent.

Brain swelling affected 12.6 percent of patients on the drug.
""",
}

SETS["budget_years"] = {
    "wire": """Government to spend 20 billion euros on rail

The government will spend 20 billion euros on the railways over the next five years, Transport Minister Ana Kolb said.

Next year the government will spend 3.5 billion euros on rail.
""",
    "national": """Rail to get 4 billion euros a year

The government will spend 20 billion euros on rail by 2029, about 4 billion euros a year.

This year the government spent 2.9 billion euros on rail.
""",
}

SETS["fine_currencies"] = {
    "wire": """Norvex fined 1.2 billion crowns

A court fined Norvex 1.2 billion crowns ($110 million) on Monday for bribery in three countries.

The company had set aside 1.5 billion crowns for the case.
""",
    "national": """Norvex fined over bribes

Norvex was fined about 105 million euros on Monday for paying bribes in three countries.

In 2019 Norvex paid $1 billion to settle a U.S. bribery case.
""",
}

SETS["poll_subgroups"] = {
    "wire": """Brun's approval falls to 24 percent

Approval of Prime Minister Olaf Brun's government fell to 24 percent, a Norrpoll survey showed on Sunday.

Among voters under 30, approval was 15 percent. Among voters over 65, it was 31 percent.
""",
    "national": """Government approval at record low

Just 24 percent of voters approve of the government, according to Norrpoll.

In December, 29 percent approved. Among men, approval was 27 percent.
""",
}

SETS["seats_gained"] = {
    "wire": """Greens win 14 seats

The Greens won 14 seats in Sunday's election, up from 8 in 2020.

The People's Alliance lost 12 seats and will have 56.
""",
    "national": """Greens gain six seats

The Greens gained six seats to reach 14, their best result ever.

The People's Alliance won 56 seats, down from 68.
""",
}

SETS["layoff_parts"] = {
    "wire": """Halvard to cut 2,300 jobs in Tarnvik

Halvard Motors will cut 2,300 jobs when it closes its Tarnvik plant next year.

The company employs 38,000 people worldwide and 9,000 in Esterland.
""",
    "national": """Halvard closure to cost 2,300 jobs

The closure of the Tarnvik plant will cost 2,300 jobs at Halvard and up to 4,000 more at suppliers, the union said.

Halvard employs 38,000 people.
""",
}

SETS["strike_days"] = {
    "wire": """Drivers' strike enters third day

The train drivers' strike entered its third day on Saturday. The strike will last five days.

Only 20 percent of long-distance trains ran on Saturday.
""",
    "national": """Rail strike: third day of chaos

About 25 percent of long-distance trains ran on Friday, the second day of the strike.

The strike, which began on Thursday, ends on Monday night.
""",
}

# Fifth round.
SETS["unemployment_points"] = {
    "wire": """Unemployment rises to 3.8 percent

The unemployment rate rose 0.3 percentage points to 3.8 percent in August.

Unemployment among people aged 16 to 24 rose to 8.7 percent.
""",
    "national": """Jobless rate climbs

The jobless rate climbed to 3.8 percent from 3.5 percent. For Black workers the rate rose to 5.3 percent.

The rate was last this high in February 2022.
""",
}

SETS["forecast_said"] = {
    "wire": """ECB sees inflation easing

Inflation in the euro area was 2.6 percent in May, Eurostat said.

ECB President Christine Lagarde said inflation would fall to 2.2 percent next year.
""",
    "national": """Inflation forecast raised

The ECB expects inflation to average 2.5 percent this year. Inflation rose to 2.6 percent in May from 2.4 percent in April.
""",
}

SETS["court_terms"] = {
    "wire": """Reyes faces up to 110 years

Daniel Reyes faces up to 110 years in prison after being found guilty on Thursday.

Legal experts expect a sentence of about 20 years.
""",
    "national": """Reyes guilty on seven counts

Reyes was found guilty of seven counts. Each count carries a maximum of 20 years, and together they carry up to 110 years.

He will be sentenced on March 28.
""",
}

SETS["constant_currency"] = {
    "wire": """Norvex sales fall 9 percent

Norvex's sales fell 9 percent to 58.6 billion crowns in the quarter.

Excluding currency effects, sales fell 7 percent.
""",
    "national": """Norvex sales drop

Sales at Norvex fell 7 percent in local currencies, the company said. Reported sales fell 9 percent.
""",
}

SETS["toll_parts"] = {
    "wire": """Cholera death toll rises to 48

The cholera outbreak has killed 48 people, the health ministry said.

Seven people died at the Marra district hospital on Friday night.
""",
    "national": """48 dead in cholera outbreak

Cholera has killed 48 people in Kovia, including 30 in Marra province.

In 2019 an outbreak killed 230 people.
""",
}

SETS["arrests_places"] = {
    "wire": """14 arrested in pension protests

Police arrested 14 people in Lorvik after clashes near parliament on Saturday.

In Harven, two people were arrested.
""",
    "national": """Arrests after protests

Police arrested 16 people across the country on Saturday, 14 of them in Lorvik.
""",
}

SETS["workforce_shares"] = {
    "wire": """Norvex to cut 4 percent of workforce

Norvex will cut 4 percent of its workforce, about 4,000 jobs.

In Sweden, the cuts amount to about 10 percent of its staff.
""",
    "national": """Norvex to cut 4,000 jobs

Norvex will cut about 4,000 jobs, 4 percent of its staff.

Norvex has 14,000 employees in Sweden.
""",
}

SETS["vote_tally"] = {
    "wire": """Budget passes 212-187

Parliament passed the budget by 212 votes to 187 on Thursday.

The opposition tabled 240 amendments.
""",
    "national": """Budget approved

The budget was approved with 212 votes in favour, 187 against and 11 abstentions.

Only 410 of the 450 members were present.
""",
}

SETS["gdp_growth"] = {
    "wire": """Economy grows 0.5 percent in third quarter

Esterland's economy grew 0.5 percent in the third quarter from the previous three months, the statistics office said.

That was an annualised rate of 2 percent. From a year earlier, the economy grew 1.1 percent.
""",
    "national": """Growth beats forecasts

The economy grew 0.5 percent in the July-September quarter. Economists had expected growth of 0.3 percent.

The government expects the economy to grow 1.4 percent next year.
""",
}

# Sixth round: the dates of several acts of one story.
SETS["arrest_charge_dates"] = {
    "wire": """Man charged over hospital hack

Police arrested a 29-year-old man on Monday over the ransomware attack on Harven hospital.

He was charged on Wednesday and will appear in court on Friday.
""",
    "national": """Suspect in hospital hack charged

A man arrested on Monday was charged with extortion on Wednesday, prosecutors said.

The attack on March 2 shut down the hospital's computers for nine days.
""",
}

SETS["policy_dates"] = {
    "wire": """Minimum wage rise approved

Parliament approved the minimum wage rise on Tuesday. The new rate takes effect on January 1.

The government announced the plan in June.
""",
    "national": """Wage law passes

Lawmakers voted for the law on Tuesday. The first rise comes in January and the second in January 2026.

The bill was sent to parliament on September 4.
""",
}

SETS["strike_schedule"] = {
    "wire": """Union calls general strike

Unions called a general strike for March 21 after Saturday's protests.

Parliament will vote on the pension reform on March 28.
""",
    "national": """General strike on March 21

The general strike will be held on March 21, the union leader said on Sunday.

The reform was approved by the cabinet on January 10.
""",
}

SETS["mayor_dates"] = {
    "wire": """Holm takes office

Greta Holm took office as mayor of Marsby on January 1.

She won the election on November 5 by 212 votes after a recount.
""",
    "national": """New mayor sworn in

Greta Holm was sworn in on Monday, January 1, two months after she won the election.

Her predecessor, Per Nystrom, had been mayor since 2008.
""",
}

SETS["trial_dates"] = {
    "wire": """Reyes trial opens

The fraud trial of Daniel Reyes opened on Tuesday in New York.

Reyes was arrested in the Bahamas in December 2022 and extradited on December 21, 2022.
""",
    "national": """Crypto founder goes on trial

Jury selection in the trial of Daniel Reyes began on Tuesday. Opening statements are expected on Wednesday.

Reyes founded CoinHarbor in 2018. It collapsed in November 2022.
""",
}
