/**
 * Articles we wrote in the shapes and languages of news from around the world (tests/fixtures/world),
 * none of them from the evaluation corpus: every person of the body and every cited source, and
 * nothing else — the method, checked on pages it was not tuned on.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extract/extract';
import { createEngine } from '@/lib/analyze/engine';
import { bundledGivenNames, bundledPacks, bundledSurnames } from '@/lib/dataset/bundled';
import lagos from '../fixtures/world/lagos.html?raw';
import council from '../fixtures/world/council.html?raw';
import berlin from '../fixtures/world/berlin.html?raw';
import madrid from '../fixtures/world/madrid.html?raw';
import riyadh from '../fixtures/world/riyadh.html?raw';
import paris from '../fixtures/world/paris.html?raw';
import football from '../fixtures/world/football.html?raw';
import tokyo from '../fixtures/world/tokyo.html?raw';
import senate from '../fixtures/world/senate.html?raw';
import tech from '../fixtures/world/tech.html?raw';
import festival from '../fixtures/world/festival.html?raw';
import rome from '../fixtures/world/rome.html?raw';
import obituary from '../fixtures/world/obituary.html?raw';
import court from '../fixtures/world/court.html?raw';
import storm from '../fixtures/world/storm.html?raw';
import science from '../fixtures/world/science.html?raw';
import kyiv from '../fixtures/world/kyiv.html?raw';
import interview from '../fixtures/world/interview.html?raw';
import delhi from '../fixtures/world/delhi.html?raw';
import markets from '../fixtures/world/markets.html?raw';
import election from '../fixtures/world/election.html?raw';
import asiaVoices from '../fixtures/world/asia-voices.html?raw';
import mexico from '../fixtures/world/mexico.html?raw';
import leeds from '../fixtures/world/leeds.html?raw';
import dublin from '../fixtures/world/dublin.html?raw';
import brasilia from '../fixtures/world/brasilia.html?raw';

const engine = createEngine(bundledPacks(), { givenNames: bundledGivenNames(), surnames: bundledSurnames() });

interface Expected {
  people: string[];
  sources: string[];
  republishedFrom?: string;
  /** how many mentions a person has */
  mentions?: Record<string, number>;
  /** whose words a cited source relays */
  relays?: Record<string, string[]>;
}

const pages: [string, string, Expected][] = [
  ['lagos (Nigerian, Chinese and Indian names; a firm speaking)', lagos, {
    people: ['Babajide Sanwo-Olu', 'Gboyega Akosile', 'Joe Ajaero', 'Johanna Hill', 'Ngozi Okonjo-Iweala', 'Priyanka Chopra', 'Rahul Gandhi', 'Wale Edun', 'Wang Yi', 'Yusuf Tuggar'],
    sources: ['Financial Times', 'Fitch Ratings', 'Reuters', 'The Punch'],
  }],
  ['council (US local news, AP dateline, byline, photo credit)', council, {
    people: ['JB Pritzker', 'Kristin DiCenso', 'Latasha Greene', 'Misty Buscher', 'Nathan Brandt', 'Tom Kowalczyk'],
    sources: ['Associated Press', 'Chicago Tribune', 'Illinois Department of Natural Resources'],
    republishedFrom: 'Associated Press',
  }],
  ['berlin (German)', berlin, {
    people: ['Annalena Baerbock', 'Christian Lindner', 'Friedrich Merz', 'Olaf Scholz', 'Uwe Jun'],
    sources: ['Der Spiegel', 'Statistischen Bundesamts', 'dpa'],
    republishedFrom: 'dpa',
  }],
  ['madrid (Spanish)', madrid, {
    people: ['Alberto Núñez Feijóo', 'Begoña Gómez', 'Pablo Simón', 'Pedro Sánchez', 'Pilar Alegría'],
    sources: ['EFE', 'El País', 'La Moncloa', 'Reuters'],
    republishedFrom: 'EFE',
  }],
  ['riyadh (Arabic names, particles, a first name alone)', riyadh, {
    people: ['Abdulaziz al-Sager', 'Ahmed Aboul Gheit', 'Benjamin Netanyahu', 'Faisal bin Farhan', 'Hanan Ashrawi', 'Mohammed bin Abdulrahman Al Thani', 'Mohammed bin Salman', 'Recep Tayyip Erdoğan'],
    sources: ['Al Jazeera', 'Saudi Press Agency', 'Turkish presidency'],
  }],
  ['paris (French)', paris, {
    people: ['Bruno Cautrès', 'Emmanuel Macron', 'Jean-Luc Mélenchon', 'Marine Le Pen', 'Michel Barnier'],
    sources: ['Agence France-Presse', 'Le Monde', 'Élysée Palace'],
  }],
  ['football (a match report)', football, {
    people: ['Dean Henderson', 'Eberechi Eze', 'Jean-Philippe Mateta', 'Jurgen Klopp', 'Mohamed Salah', 'Oliver Glasner', 'Roy Hodgson', 'Virgil van Dijk'],
    sources: ['Opta', 'Sky Group'],
  }],
  ['tokyo (East Asian names)', tokyo, {
    people: ['Lai Ching-te', 'Li Qiang', 'Mao Ning', 'Shigeru Ishiba', 'Tanaka Hiroshi', 'Yoon Suk Yeol', 'Zhang Weiwei'],
    sources: ['Central News Agency', 'Chinese foreign ministry', 'Kyodo News', 'NHK'],
    republishedFrom: 'Kyodo News',
  }],
  ['senate (a wire story with a reporter’s note at the foot)', senate, {
    people: ['Alexandria Ocasio-Cortez', 'Chuck Schumer', 'Donald Trump', 'Elon Musk', 'Karoline Leavitt', 'Mike Johnson', 'Rand Paul'],
    sources: ['Associated Press', 'Congressional Budget Office', 'White House'],
    republishedFrom: 'Associated Press',
  }],
  ['tech (products, firms and people)', tech, {
    people: ['Craig Federighi', 'Dan Ives', 'Margrethe Vestager', 'Mark Gurman', 'Oriol Vinyals', 'Tim Cook'],
    sources: ['Bloomberg News', 'Financial Times', 'Morgan Stanley'],
  }],
  ['festival (titles of works, places and events that look like names)', festival, {
    people: ['Cate Blanchett', 'Christopher Nolan', 'Grace Tame', 'Hugh Jackman', 'Lin-Manuel Miranda', 'Nashen Moodley', 'Robert Downey Jr', 'Saoirse Ronan'],
    sources: [],
  }],
  ['rome (Italian)', rome, {
    people: ['Antonio Tajani', 'Elly Schlein', 'Giorgia Meloni', 'Keir Starmer', "Roberto D'Alimonte"],
    sources: ['ANSA', 'Corriere della Sera', 'la Repubblica'],
    republishedFrom: 'ANSA',
  }],
  ['obituary (a family named by given names)', obituary, {
    people: ['Ellen Finch-Ward', 'Harold Finch', 'Margaret Finch', 'Peter Finch', 'Thomas Finch', 'Walter Brennan'],
    sources: ['The Dayton Daily News'],
  }],
  ['court (titles before names, an office as a source)', court, {
    people: ['Dana Whitfield', 'Lorna Schofield', 'Marc Agnifilo', 'Rafael Ortiz'],
    sources: ["U.S. Attorney's Office"],
  }],
  ['storm (a page with navigation, "Read more", a caption, credits and topics inside the article)', storm, {
    people: ['Jane Castor', 'Joe Biden', 'Ron DeSantis', 'Ryan Truchelut'],
    sources: ['National Hurricane Center'],
  }],
  ['science (a journal, researchers at a university, data from a body)', science, {
    people: ['Philip Landrigan', 'Raffaele Marfella'],
    sources: ['CNN', 'New England Journal of Medicine', 'Organisation for Economic Co-operation and Development', 'Plastics Industry Association', 'University of Naples', 'World Health Organization'],
  }],
  ['kyiv (quotes relayed through Russian state media, spelling variants)', kyiv, {
    people: ['Dmitry Peskov', 'Hanna Maliar', 'Jens Stoltenberg', 'John Kirby', 'Sergei Shoigu', 'Volodymyr Zelenskyy', 'Yevgeny Prigozhin'],
    sources: ['BBC', 'Kremlin', 'RIA Novosti', 'TASS'],
    relays: { 'RIA Novosti': ['dmitry-peskov'], TASS: ['sergei-shoigu'] },
  }],
  ['interview (questions and answers, the interviewer’s note)', interview, {
    people: ['Anne Hidalgo', 'Emmanuel Macron', 'Léon Marchand', 'Tony Estanguet'],
    sources: ['Airparif'],
  }],
  ['delhi (Indian names, one-name politicians, a family of one surname)', delhi, {
    people: ['Abhishek Manu Singhvi', 'Amit Shah', 'Arvind Kejriwal', 'Atishi', 'Rahul Gandhi', 'Sambit Patra', 'Sunita Kejriwal'],
    sources: ['PTI'],
    mentions: { 'Arvind Kejriwal': 4, 'Sunita Kejriwal': 1 },
  }],
  ['markets (companies named after people)', markets, {
    people: ['Christine Lagarde', 'Jerome Powell', 'Liz Ann Sonders', 'Scott Bessent'],
    sources: ['Associated Press', 'CNBC'],
    republishedFrom: 'Associated Press',
  }],
  ['election (related-story lines, a newsletter box, writers credited at the foot)', election, {
    people: ['Bernie Moreno', 'Donald Trump', 'JD Vance', 'Kamala Harris', 'Sheila Nix'],
    sources: ['Associated Press'],
    republishedFrom: 'Associated Press',
  }],
  ['asia voices (Chinese, Vietnamese, Korean and Japanese names of ordinary people)', asiaVoices, {
    people: ['Li Qiang', 'Nguyen Thi Lan', 'Park Ji-hoon', 'Shohei Ohtani', 'Tran Van Minh', 'Wang Wei', 'Zhou Xiaoming'],
    sources: ['CCTV'],
  }],
  ['mexico (Spanish double surnames)', mexico, {
    people: ['Claudia Sheinbaum', 'Donald Trump', 'Gabriel Lozano', 'Lilly Téllez', 'Marcelo Ebrard'],
    sources: ['Bank of Mexico', 'Milenio', 'Presidencia'],
  }],
  ['leeds (British police ranks, Mrs and Ms)', leeds, {
    people: ['Angela Booth', 'Daniel Moss', 'James Lewis', 'Kieran Walsh', 'Sarah Greenwood'],
    sources: ['West Yorkshire Police', 'Yorkshire Evening Post'],
    mentions: { 'Sarah Greenwood': 2 },
  }],
  ['dublin (Irish names and titles)', dublin, {
    people: ['Catherine Connolly', 'Gary Murphy', 'Mary Lou McDonald', 'Micheál Martin', 'Seán Ó Fearghaíl', 'Simon Harris'],
    sources: ['Ipsos', 'RTÉ News'],
  }],
  ['brasilia (Portuguese; a local radio whose acronym a foreign outlet shares)', brasilia, {
    people: ['Armínio Fraga', 'Fernando Haddad', 'Luiz Inácio Lula da Silva', 'Roberto Campos Neto', 'Tabata Amaral'],
    sources: ['CBN', 'Folha de S.Paulo', 'IBGE'],
  }],
];

describe('articles from around the world', () => {
  for (const [name, html, expected] of pages) {
    it(name, () => {
      const r = extractArticle(new DOMParser().parseFromString(html, 'text/html'), 'https://news.example/story');
      if (!r.ok) throw new Error(r.reason);
      const a = engine.analyze(r.snapshot);
      const sorted = (xs: string[]) => [...xs].sort((x, y) => x.localeCompare(y, 'en'));
      expect(sorted([...a.people.map((p) => p.name), ...a.unknownPeople.map((u) => u.name)])).toEqual(sorted(expected.people));
      expect(sorted([...a.citedSources.map((c) => c.name), ...a.unknownSources.map((u) => u.name)])).toEqual(sorted(expected.sources));
      if (expected.republishedFrom) expect(a.republishedFrom?.name).toBe(expected.republishedFrom);
      const everyone = [...a.people, ...a.unknownPeople];
      if (expected.mentions) for (const [who, n] of Object.entries(expected.mentions)) expect([who, everyone.find((p) => p.name === who)?.mentions.length]).toEqual([who, n]);
      if (expected.relays) for (const [source, ids] of Object.entries(expected.relays)) expect(a.citedSources.find((c) => c.name === source)?.relays).toEqual(ids);
    });
  }
});
