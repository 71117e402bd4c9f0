/**
 * The words around a run of capitalised words that say whether it is a person's name: titles and
 * roles (in the languages we read), verbs of saying, appositions, organisation and party words,
 * credits, and the shapes of family names.
 */
import { fold } from '../text/fold';
import type { Token } from '../text/tokenize';

export const TITLE = new Set(
  // folded, as tokens are
  'mr mrs ms miss mx dr prof professor president minister senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen colonel col lieutenant lt captain capt sergeant sgt commander admiral adm ambassador spokesman spokeswoman spokesperson economist analyst researcher lawyer attorney journalist reporter correspondent editor director chairman chairwoman chair ceo cfo founder cofounder co-founder secretary chancellor premier king queen prince princess sheikh ayatollah imam rabbi pastor father sir lord lady dame coach manager striker midfielder defender goalkeeper actor actress singer rapper author writer novelist poet historian scientist physicist biologist doctor officer inspector detective activist candidate lawmaker mp deputy leader opposition prosecutor sheriff chief executive designer artist architect photographer filmmaker director producer player star founder host anchor commissioner superintendent principal dean student teacher nurse priest bishop cardinal pope monsieur madame herr frau señor señora signor don doña m mme prophet técnico treinador entrenador jogador jugador atacante goleiro portero presidente ministro ministra deputado diputado senador trainer segretario segretaria sindaco sindaca premier politologo politologa giornalista allenatore portavoce senatore senatrice deputata deputada senadora presidenta governador governadora prefeito prefeita vereador vereadora diputada gobernador gobernadora alcalde alcaldesa td mep msp mla det insp supt pc dc ds di dci dsi cllr councillor councilor cmdr brig maj cpl pte'.split(' ').map(fold),
);
/** German compound roles ("Finanzminister", "Politikwissenschaftler", "CDU-Chef"): folded endings. */
export const COMPOUND_TITLE = /.{3,}(?:minister|ministerin|kanzler|kanzlerin|prasident|prasidentin|sprecher|sprecherin|chef|chefin|politiker|politikerin|wissenschaftler|wissenschaftlerin|experte|expertin|vorsitzende|vorsitzender|abgeordnete|abgeordneter|burgermeister|burgermeisterin|trainer|trainerin|direktor|direktorin|sekretar|sekretarin|okonom|okonomin|anwalt|anwaltin)$/;
/** Titles that make a single capitalised word a person's name ("Mr. Bassi", "Senator Warner"). */
export const HONORIFIC = new Set(
  'mr mrs ms miss mx dr prof professor sir dame lord lady senator sen rep representative congressman congresswoman governor gov mayor president minister premier chancellor king queen prince princess sheikh ayatollah imam rabbi pastor father pope judge justice ambassador general gen colonel col captain capt sergeant sgt lieutenant lt admiral adm commander monsieur madame herr frau señor señora signor don doña m mme prophet saint'.split(' ').map(fold),
);
/** Credit lines are not the story: "Associated Press writer X contributed to this report". */
const CREDIT_WORDS = /contributed\s+(?:to\s+)?(?:this\s+)?(?:report|reporting|story)|\b(?:writers?|reporters?|correspondents?|staff)\b[^.\n]{0,120}\bcontributed\b|\bcontributed\.?\s*$|(?:reporting|writing|editing|additional reporting|photos?|photographs?|illustrations?|graphics|video)\s+by\b|\b(?:credit|photo|photograph|image|illustration)\s*:|©/iu;
/** A byline as its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters" (not "By Tuesday, Putin had left"). */
const BYLINE_LINE = /^\s*[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:(?:,|and|&|\|)\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,5})*[.]?\s*$/u;
/** A credit line: photo credits, "contributed to this report", a byline. */
export const isCreditLine = (line: string): boolean => CREDIT_WORDS.test(line) || BYLINE_LINE.test(line);
/** "(Thomas Coex/AFP/Getty Images)": a photographer's credit. */
export const SLASH_CREDIT = /^\s*\/\s*(?:[\p{Lu}][\p{L}]*\s*)+/u;

export const APPOSITION = /^,[\s\u00A0]+(?:the|a|an|his|her|their|its)[\s\u00A0]+/iu;
/**
 * ", deputy commissioner for water…", ", chairman of the board,": a lower-case role straight after the
 * comma, then a preposition or the end of the clause (not ", director James Cameron said").
 */
export const LOWER_ROLE = /^,[ \u00A0]+(?:(?:former|deputy|vice|acting|senior|chief|assistant|associate|interim|then|longtime|veteran)[ \u00A0]+)*(\p{Ll}[\p{Ll}-]+)(?=[ \u00A0]+(?:of|for|at|to|in|with|on|who|whose|and)[ \u00A0]|[,.;:])/u;
/** ", député socialiste…", ", ancien ministre…", ", portavoz del…": a role right after the comma, in the languages we read. */
export const BARE_APPOSITION = /^,[\s\u00A0]+(?:(?:le|la|l['’]|el|der|die|o|ex-?|ancien|ancienne|former|antiguo|antigua|ehemalige[r]?)[\s\u00A0]*)?(?:député|députée|ministre|ministro|ministra|sénateur|sénatrice|porte-parole|maire|président|présidente|presidente|secrétaire|juge|avocat|avocate|journaliste|chercheur|chercheuse|professeur|professeure|directeur|directrice|diputado|diputada|senador|senadora|alcalde|alcaldesa|portavoz|abogado|abogada|periodista|investigador|investigadora|gobernador|gobernadora|entrenador|jugador|jogador|treinador|técnico|deputado|deputada|prefeito|prefeita|abgeordnete[r]?|sprecher|sprecherin|bürgermeister|bürgermeisterin|minister|ministerin|präsident|präsidentin|trainer|spieler|anwalt|anwältin|professor|professorin|mayor|senator|governor|spokesman|spokeswoman|spokesperson|lawmaker|lawyer|professor|minister|director|chairman|chairwoman|founder|author|coach|striker|defender|midfielder|goalkeeper)(?![\p{L}])(?![ \u00A0]+\p{Lu})/u;
/** A role word among the first words of an apposition. */
export function roleWithin(s: string): boolean {
  const words = s.replace(APPOSITION, '').split(/[\s\u00A0,.;]+/, 4).map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  return words.some((w) => TITLE.has(w) || /^(?:former|deputy|vice|senior|chief|head|founder|owner|wife|husband|son|daughter|brother|sister|mother|father|widow|friend|colleague|partner)$/.test(w));
}

export const SAY_AFTER = /^[\s,]*(?:said|says|told|added|wrote|writes|reported|reports|explained|argued|warned|noted|asked|replied|recalled|insisted|tweeted|posted|confirmed|announced|dit|a\s+dit|a\s+déclaré|sagte|erklärte|dijo|afirmó|declaró|declarou|disse|afirmou|falou|explicou|řekl|řekla|uvedl|uvedla)(?![\p{L}])/iu;
/** Endings only family names have: Polish, Balkan, Ukrainian, Romanian, Greek, Georgian, Turkish, Nordic. */
const SURNAME_ENDING = /\p{L}{2}(?:ski|ska|sky|wicz|vić|vic|ović|ovich|evich|enko|escu|poulos|akis|opoulou|ishvili|adze|oglu|oğlu|sson|dottir|dóttir)$/u;
/** "O'Keeffe", "McCartney", "MacLeod": Irish and Scottish family names. */
export function surnameShaped(text: string, words: Token[]): boolean {
  const last = words.at(-1)!;
  if (SURNAME_ENDING.test(last.raw)) return true;
  const prev = words.at(-2);
  // the tokenizer reads "O'Keeffe" as "O" + "Keeffe"
  if (prev && prev.raw === 'O' && /^['’]$/.test(text.slice(prev.end, last.start)) && words.length === 3) return true;
  return /^(?:Mc|Mac)\p{Lu}\p{Ll}+$/u.test(last.raw);
}

/** "<role> of (the)" just before a run: "segretaria del", "head of the", "CEO of". */
export function roleOfBefore(text: string, tokens: Token[], at: number): boolean {
  let k = at - 1;
  if (k >= 0 && /^(?:the|il|la|le|lo|el|der|die|das)$/.test(tokens[k]!.norm)) k--;
  const of = tokens[k], role = tokens[k - 1];
  return !!of && !!role && /^(?:of|del|della|dello|dei|di|de|du|des|der|von|do|da)$/.test(of.norm) && /^\p{Ll}/u.test(role.raw) && (TITLE.has(role.norm) || COMPOUND_TITLE.test(role.norm)) && at - k <= 3;
}

/** Prepositions before a place name. */
export const PLACE_PREPOSITION = /^(?:in|at|near|to|from|into|across|around|outside|inside|toward|towards|off|on|via|through)$/;
/** The staff of a firm or an institution, before "at": "analysts at", "researchers at". */
export const STAFF_AT = /(?:analysts?|economists?|strategists?|researchers?|scientists?|engineers?|executives?|employees?|staff|workers?|traders?|experts?|doctors?|officials?|investigators?|professors?|lecturers?|fellows?|partners?|managers?|directors?|officers?|editors?|reporters?|correspondents?|spokes(?:man|woman|person)|chairman|chairwoman|founder|president|chief|head)[ \u00A0]+$/i;
/** A company by what its shares do: "Shares of Charles Schwab fell", "Ralph Lauren jumped 8%". */
export const SHARES_BEFORE = /(?:shares|stock|stocks|bonds)[ \u00A0]+(?:of|in)[ \u00A0]+$/i;
export const SHARES_AFTER = /^(?:['’]s)?[ \u00A0]+(?:shares[ \u00A0]+)?(?:fell|rose|jumped|dropped|lost|gained|climbed|slid|surged|tumbled|sank|soared|plunged|rallied|added|shed|declined|advanced|slipped|edged)[ \u00A0]+(?:up[ \u00A0]+|down[ \u00A0]+)?\$?\d/i;
/** ", née Fetter", " (née Fetter)", ", geb. Müller", ", born Smith": the surname before marriage. */
export const BORN_AS = /^,?[ \u00A0]*\(?(?:née|nee|geb\.|geborene|born)[ \u00A0]+(\p{Lu}[\p{L}\p{M}'’-]+)/u;
/** "someone named Man Haron Monis", "a woman called Jane Roe". */
export const NAMED = /(?<![\p{L}])(?:someone|somebody|man|woman|person|boy|girl|guy|child|son|daughter|officer|soldier|student|teacher|doctor|driver|suspect|victim|gunman|friend|colleague)[ \u00A0]+(?:named|called)[ \u00A0]+$/iu;
export const SAY_BEFORE = /(?:said|says|according\s+to|told|asked|wrote)[\s\u00A0]+$/iu;
export const NOT_NAME = new Set(
  'the a an in on at of for and but or nor so yet to from by with as if when while after before since until this that these those it its his her their our we you he she they i me my your them there here then than also just only even still not no yes all any both each every few more most other some such one two three first last next new old big small great good bad high low monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december university ministry party council news agency republic united national department committee company inc ltd llc corp corporation group bank association street road avenue city county state states house office court army police church school college institute foundation centre center union federation assembly parliament government international world north south east west northern southern eastern western said according photo image video getty reuters read more see also share comment subscribe sign click follow like watch listen update updated breaking live exclusive opinion analysis review editorial advertisement sponsored once although though because unless however meanwhile later earlier today yesterday tomorrow tonight now instead perhaps maybe indeed thus therefore hence eventually finally soon why how what where who whom whose which twitter facebook instagram youtube tiktok linkedin reddit snapchat whatsapp telegram threads bluesky mastodon'.split(' '),
);
export const ORGISH = /^(?:Ministry|Department|Agency|Office|Police|Army|Forces|Government|Council|Commission|Committee|Institute|University|College|Center|Centre|Foundation|Association|Society|Union|Bank|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Press|Review|Magazine|Network|Radio|TV|Television|Channel|Service|Bureau|Authority|Organization|Organisation|Party|Court|Board|Federation|League|Fund|Trust|Research|Institution|Watch|International|Hospital|School|Survey|Statistics|Observatory|Administration|Senate|Congress|Parliament|Embassy|Foods|Market|Markets|Airlines|Motors|Technologies|Systems|Labs|Capital|Partners|Holdings|Media|Studios|Records|Games|Entertainment|Protection|Budget|Security|Affairs|Health|Energy|Oil|Gas|Street|Road|Avenue|Boulevard|Blvd|Drive|Lane|Highway|Freeway|Expressway|Parkway|Plaza|Memorial|Monument|Cemetery|Terminal|Port|Harbour|Harbor|Canal|Tunnel|Dam|Reservoir|Forest|Mountain|Peak|Desert|Beach|Falls|Gardens|Garden|Zoo|Library|Archive|Archives|Academy|Conservatory|Seminary|Clinic|Prison|Jail|Barracks|Base|Camp|Fort|Square|Park|River|Lake|Island|Islands|Mountains|Valley|Bay|Coast|Airport|Station|Bridge|Tower|Hall|Museum|Gallery|Theatre|Theater|Church|Cathedral|Mosque|Temple|Palace|Castle|Hotel|Hotels|Resort|Club|Stadium|Arena|Line|One|Two|Series|Cup|League|Championship|Award|Awards|Prize|Act|Bill|Law|Treaty|Accord|Agreement|Plan|Project|Program|Programme|Initiative|Summit|Conference|Forum|Festival|Week|Day|Year|War|Revolution|Crisis|Movement|Coalition|Alliance|Front|Brigade|Battalion|Regiment|Division|Corps|Fleet|Force|Initiative|Universität|Universidad|Université|Universidade|Università|Ministerium|Ministerio|Ministère|Ministério|Regierung|Gobierno|Partei|Partido|Parti|Bundesamt|Bundesamts|Amt|Institut|Instituto|Istituto|Stiftung|Fundación|Fondation|Gericht|Tribunal|Zeitung|Diario|Banco|Banque|Verband|Konzern|Gruppe|Grupo|Groupe|Finance|Ratings|Capital|Securities|Analytics|Consulting|Advisors|Advisers|Investments|Business|Money|Sports|Tech|Weekly|Insider|Today|Online|Digital|Wire|Pictures|Films|Books|Publishing|Software|Apps|App|Store|Mobile|Music|Live)$/;

/** The lower-case end of an English compound, not of a name: "Washington-based", "Kremlin-backed". */
export const COMPOUND_PART = /^(?:based|born|bred|led|backed|run|owned|made|style|styled|era|like|linked|bound|funded|controlled|affiliated|aligned|allied|leaning|speaking|focused|centric|wide|type|class|level|area|friendly|free|proof|ready|sized|aged|old|year|years|day|days|time|related|inspired|themed|esque|ish|ist|ists|ism|ian|ians|american|americans|british|french|german|russian|chinese|israeli|palestinian|iranian|ukrainian|european)$/;
/** Party labels that end a capitalised run ("Virginia Democrat"). */
export const PARTY = /^(?:Democrats?|Republicans?|Conservatives?|Liberals?|Tories|Tory|Labour|Socialists?|Greens?|Independents?)$/;

/**
 * "Murdoch Children's Research Institute", "Mortimer B. Zuckerman Mind Brain Behavior Institute":
 * the capitalised words after a run (through a possessive) name an organisation.
 */
export function organisationFollows(text: string, tokens: Token[], j: number): boolean {
  for (let k = j; k < tokens.length && k < j + 6; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (t.raw === 's' && /^['’]$/.test(gap)) continue;
    const afterInitial = /^\.[\s\u00A0]$/u.test(gap) && /^\p{Lu}$/u.test(tokens[k - 1]!.raw);
    if (!(afterInitial || /^[\s\u00A0]$/u.test(gap)) || !/^\p{Lu}/u.test(t.raw)) return false;
    if (ORGISH.test(t.raw)) return true;
  }
  return false;
}

/** An actor's part before the name: "playing the chaos theorist Ian Malcolm", "who voices Elsa". */
export const CHARACTER_BEFORE = /(?<![\p{L}])(?:playing|plays|played|portraying|portrays|portrayed|voicing|voices|voiced)[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+)?(?:(?!by[ \u00A0])\p{Ll}[\p{Ll}-]*[ \u00A0]+){0,3}$/u;
/** "Ian Malcolm, played by Jeff Goldblum". */
export const CHARACTER_AFTER = /^,?[ \u00A0]+(?:played|portrayed|voiced)[ \u00A0]+by(?![\p{L}])/u;

/** The surname of a name's words: the last, or the first before a hyphenated given name ("Kim Yong-hyun"). */
export function surnameOf(parts: string[]): string {
  // "Robert Downey Jr.", "John Smith III": the generation is no surname
  if (parts.length > 2 && GENERATION.test(parts.at(-1)!)) return surnameOf(parts.slice(0, -1));
  return parts.length <= 3 && parts.slice(1).some((w) => /\p{L}-\p{Ll}/u.test(w)) ? parts[0]! : parts.at(-1)!;
}
export const GENERATION = /^(?:Jr|Sr|II|III|IV|Jnr|Snr)\.?$/;
