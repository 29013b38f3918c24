/** Word pools for the generated knowledge base and news page: real-looking names, a share with diacritics or in Cyrillic. */

/** Given names, Latin script, some with diacritics. */
export const FIRST_NAMES = (
  'Anna Jonas Maria Tomasz Élodie Søren Zoltán Agnieszka Mikkel Sebastián Ines Lukas Petra Mateusz Chloé ' +
  'Henrik Katarína Oliver Giulia Dmytro Olena Björn Małgorzata Andrés Léa Paweł Ingrid Jiří Amélie Tarik ' +
  'Nikolai Aurelia Kristóf Hanna Raúl Margit Wojciech Solveig Ömer Dagmar Frédéric Lucía Stanisław Annika ' +
  'Yusuf Beatriz Mihai Helga Janusz Océane Vasyl Ilse Bogdan Marit Joaquín Oksana Rasmus Zuzana Émile Taras ' +
  'Caterina Kęstutis Liesbeth Dariusz Ayşe Gunnar Natália Viktor Renée Sergiu Ewa Mykola Charlotte Branislav'
).split(' ');

/** Family names, Latin script, some with diacritics. */
export const SURNAMES = (
  'Kowalczyk Lindqvist Moreau Novák Schäfer Horváth Rossi Petrenko Jørgensen Fernández Dubois Wiśniewski ' +
  'Bergström Kovačević Müller Lefèvre Szabó Marchetti Kravchenko Nieminen Ortega Vasquez Łukaszewicz Hoffmann ' +
  'Dvořák Costa Andersen Bianchi Ivanova Popescu Lambert Wójcik Halvorsen Giménez Tkachenko Varga Rousseau ' +
  'Kaminski Strömberg Esposito Ferreira Lindgren Zieliński Bondarenko Meyer Nagy Fontaine Ruiz Sørensen ' +
  'Kuznetsova Petrović Gallo Mazur Holm Laurent Krawczyk Šimek Baumann Tóth Moretti Shevchenko Eriksen ' +
  'Castillo Lefebvre Jankowski Åberg Koval Romano Schulz Molnár Girard Herrera Dąbrowski Kristensen Hrabal ' +
  'Pavlenko Wagner Mercier Sánchez Nyström Olszewski Ricci Melnyk Fischer Kiss Bertrand Navarro Vukić Hansen'
).split(' ');

/** Given names in Cyrillic. */
export const CYRILLIC_FIRST =
  'Олег Ирина Андрей Наталья Сергей Юлия Богдан Оксана Тарас Людмила Павел Дарья'.split(' ');

/** Family names in Cyrillic. */
export const CYRILLIC_SURNAMES =
  'Коваленко Мельник Шевченко Бондаренко Ткаченко Кравченко Олейник Лысенко Руденко Савченко Петренко Марченко'.split(
    ' ',
  );

/** Places for organisations, roles and proposals. */
export const PLACES = (
  'Baltic Danube Carpathian Nordic Adriatic Black Sea Dnipro Vistula Alpine Iberian Aegean Caspian Rhine ' +
  'Pannonian Bosporus Kharkiv Odesa Gdańsk Tallinn Vilnius Riga Helsinki Bucharest Sofia Zagreb Ljubljana ' +
  'Bratislava Brno Kraków Lviv Chișinău Tbilisi Yerevan Baku Ankara Porto Bilbao Lyon Hamburg Malmö Tromsø'
).split(' ');

/** Heads of organisation names: "<place> <noun> <kind>". */
export const ORG_NOUNS = (
  'Energy Security Grain Maritime Reconstruction Humanitarian Defence Cyber Border Rail Investment Nuclear ' +
  'Demining Water Veterans Media Refugee Trade Aviation Infrastructure Health Agriculture Justice Monitoring'
).split(' ');

/** Tails of organisation names. */
export const ORG_KINDS =
  'Agency Council Commission Fund Institute Authority Forum Alliance Office Directorate Bank Mission'.split(
    ' ',
  );

/** Heads of proposal names. */
export const PROPOSAL_NOUNS =
  'Ceasefire Corridor Guarantee Framework Initiative Accord Roadmap Compact Protocol Memorandum Plan Mandate'.split(
    ' ',
  );

/** Roles that make an ambiguous, needsContext alias ("the defence minister"). */
export const ROLES = (
  'defence minister|foreign minister|prime minister|finance minister|chief negotiator|special envoy|' +
  'deputy speaker|chief of staff|energy commissioner|central bank governor|opposition leader|mayor'
).split('|');

/** Filler words of news prose around the mentions. */
export const PROSE = (
  'officials said on Tuesday that talks would resume after the summit while negotiators in the capital ' +
  'warned the proposal still lacked support from several member states and analysts expected a vote before ' +
  'the end of the month according to people familiar with the discussions who asked not to be named because ' +
  'the deliberations were private the plan would require parliamentary approval and new funding for ' +
  'reconstruction as well as guarantees for shipping in the region a spokesperson declined to comment further ' +
  'but confirmed that a delegation had travelled overnight to meet counterparts and review the draft text'
).split(' ');
