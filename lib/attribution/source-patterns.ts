/**
 * The patterns by which an article credits a source that is not in the dataset: names after a cue
 * ("according to", "selon", "laut", "podle"…), before a verb of reporting, bodies named by a common
 * noun, spokespeople, studies, CJK cues, and the words that are never a source.
 */
import { INTERVIEW_WITH, NACH_ANGABEN } from './cues';

/** A capitalised word, an acronym, or a name like "1010data" or "MakingStarWars.net". */
const CAP = String.raw`(?:(?:\p{Lu}\.){2,}(?=[ \u00A0]\p{Lu})|[\p{Lu}][\p{L}\p{M}\d'’&.-]*[\p{L}\p{M}\d]|[\p{Lu}]|\d+[\p{L}][\p{L}\d.]*)`;
const LINK = String.raw`(?:of|for|and|&|on|the|de|del|des|du|der|die|la|le|el)`;
/** Lower-case adjectives that end Romance institution names: "Assemblée nationale", "Policía Federal". */
const ADJ_AFTER = String.raw`(?:[ \u00A0](?:nationale?|fédérale?|européenne?|générale?|nacional|federal|europea|nazionale))?`;
/** A capitalised name of 1–7 words, with small linking words inside ("Center on Poverty and Inequality"). */
const NAME = String.raw`${CAP}(?:['’]s)?(?:[ \u00A0](?:${LINK}[ \u00A0])?${CAP}){0,6}`;
/** A name that may end in such an adjective (only where French or Spanish is expected: it costs every match). */
const NAME_ROMANCE = String.raw`${NAME}${ADJ_AFTER}`;
/** Lower-case words that describe the source before its name: "whale rescue group", "data analysis firm". */
const DESCRIPTOR = String.raw`(?:(?!(?:his|her|their|its|our|my|your|this|that|he|she|they|we|i|you|it|would|will|could|should|can|may|might|must|has|have|had|was|were|is|are|be|been|did|does|do|not|and|or|but)[ \u00A0])[\p{Ll}][\p{Ll}-]*(?:['’]s)?[ \u00A0]){0,4}`;
const ARTICLE = String.raw`(?:the\s+|a\s+|an\s+|la\s+|le\s+|les\s+|l['’]|der\s+|die\s+|dem\s+|den\s+|el\s+|los\s+|las\s+|o\s+|il\s+|lo\s+|gli\s+)?`;

export const LEFT = new RegExp(
  String.raw`(?<![\p{L}])(?:[Aa]ccording\s+to|quoted\s+as\s+saying\s+(?:[\p{L}\p{N}]+\s+){0,4}?by|(?:director|representative)\s+for|(?:an?\s+)?(?:article|story|piece|tweet|post|column|editorial|investigation)\s+(?:by|from|in)|comme\s+l['’]a\s+(?:souligné|indiqué|rapporté|révélé|annoncé)|as\s+reported\s+by|reported\s+by|quoted\s+by|cited\s+by|citing|quoting|told|in\s+an\s+interview\s+with|speaking\s+to|spokes(?:man|woman|person)\s+for|a\s+statement\s+(?:from|by)|data\s+from|figures\s+from|(?:report|study|survey|poll|analysis)\s+(?:released\s+|published\s+|conducted\s+)?(?:on\s+\p{Lu}\p{Ll}+\s+)?(?:by|from)|published\s+in|appeared\s+(?:first\s+)?(?:in|on)|originally\s+appeared\s+(?:in|on)|selon|d['’]après|laut|${INTERVIEW_WITH}|[Ss]econdo(?=\s+(?:il\s+|lo\s+|la\s+|i\s+|gli\s+|le\s+|l['’])?\p{Lu})|${NACH_ANGABEN}|según|segundo|de\s+acordo\s+com)\s+${ARTICLE}${DESCRIPTOR}${ARTICLE}(${NAME})`,
  'gu',
);
/** Spanish and Portuguese verbs of announcing: "ha dado a conocer" (has made known), "anunció", "afirmou". */
const ROMANCE_VERB = String.raw`(?:ha\s+dado\s+a\s+conocer|dio\s+a\s+conocer|ha\s+anunciado|anunció|ha\s+explicado|explicó|aseguró|indicó|afirmou|informou|anunciou|declarou)`;
/** Verbs of reporting after a name; "officials" and the like may stand between. */
const VERB = String.raw`(?:(?:officials?|spokes(?:man|woman|person)|representatives?|sources?|authorities|police)\s+)?(?:has\s+|had\s+|have\s+|also\s+|later\s+)?(?:reported|reports|said|says|told|wrote|writes|announced|announces|stated|states|confirmed|confirms|claimed|claims|published|estimated|estimates|disclosed|revealed|warned|warns|tweeted|pointed\s+out|shown|is\s+concerned|are\s+concerned|expressed\s+concern|berichtete|meldete|a\s+rapporté|a\s+annoncé|souligne|soulève|estime|affirme|précise|explique|informó|reportó|denunció|señaló|was\s+quoted\s+as\s+saying)(?![\p{L}])`;
/** "Acmesoft ha dado a conocer que…": the announcing verbs of Spanish and Portuguese, in a rule of their own. */
export const RIGHT_ROMANCE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:(?:El|La|O|A)\s+)?(${NAME})\s+${ROMANCE_VERB}(?![\p{L}])`, 'gu');
const BODY = String.raw`(?:[ \u00A0](?:administration|government|ministry|military|army|police|campaign))?`;
export const RIGHT = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:[Tt]he\s+)?(${NAME}${BODY})\s+${VERB}`, 'gu');
/** "A Gallup Korea poll", "a Pew Research Center survey". */
export const STUDY = new RegExp(String.raw`(?<![\p{L}])(?:[Aa]n?|[Tt]he|[Aa]\s+new)\s+(${NAME})\s+(?:poll|survey|study|report)(?![\p{L}])`, 'gu');
/** "The leader of Ennahda, Rachid Ghannouchi, condemned…": a body speaking through its head. */
export const LEADER = new RegExp(String.raw`(?<![\p{L}])(?:leader|head|chief|spokes(?:man|woman|person)|director|chairman|chairwoman|president|secretary-general)\s+(?:of|for)\s+${ARTICLE}(${NAME}),\s+[\p{Lu}][^,]{2,40},\s+(?:said|says|told|stated|announced|condemned|warned|added)(?![\p{L}])`, 'gu');
/** Chinese and Japanese: a Latin-script name followed by a verb of saying ("DeepMind表示", "Trend Microが発表"). */
export const CJK = /(?<![\p{L}\p{N}])([\p{Lu}][\p{L}\d.&-]+(?:[ \u00A0][\p{Lu}][\p{L}\d.&-]+){0,3})(?:[がはも]?(?:表示|声称|称|说|說|报道|報道|宣布|发表|發表|発表|によると|指出))/gu;
export const CJK_QUICK = /表示|称|说|說|报道|報道|宣布|发表|發表|発表|によると|指出/;
export const SOURCE_LINE = new RegExp(String.raw`^(?:Source|Sources|Quelle|Fuente|Fonte)\s*:\s*(${NAME})`, 'u');
export const DATELINE = /^[\p{Lu}][\p{Lu}\s.,'’-]{1,40}\(([\p{Lu}][\p{L}.&-]{1,20}(?:\s[\p{Lu}][\p{L}.&-]+){0,2})\)\s*[-–—]/u;

/** Words a company or body speaks through: "a Whole Foods spokeswoman". */
const SPOKES = String.raw`(?:spokes(?:man|woman|person)|representative|official|press\s+officer)`;
/** What a spokesperson does next: said, declined to comment, did not respond… */
const SPOKES_VERB = String.raw`(?:said|says|told|declined|did\s+not|didn['’]t|would\s+not|could\s+not|refused|confirmed|denied|added|noted|wrote|stated|explained|acknowledged)`;
/** "A Whole Foods spokeswoman declined to comment", "an Acme Corp. representative, Jane Roe, said". */
export const SPOKES_OF = new RegExp(String.raw`(?<![\p{L}])(?:[Aa]n?|[Tt]he)\s+(${NAME})\s+${SPOKES}(?:,\s+[^,]{2,40},)?\s+${SPOKES_VERB}(?![\p{L}])`, 'gu');

/** Bodies named by a common noun, in English, French, Spanish, German, Portuguese and Czech. */
const BODY_NOUN = String.raw`(?:[Pp]residency|[Ff]oreign\s+[Mm]inistry|[Dd]efen[cs]e\s+[Mm]inistry|[Ii]nterior\s+[Mm]inistry|[Hh]ealth\s+[Mm]inistry|[Mm]inistry|[Ee]mbassy|[Pp]olice|[Gg]overnment|[Mm]ilitary|[Aa]rmy|[Aa]dministration|[Gg]ouvernement|[Aa]rmée|[Gg]obierno|[Ee]jército|Regierung|Armee|[Gg]overno|[Vv]láda|[Aa]rmáda)`;
/** Verbs by which such a body is credited: "the military said", "le gouvernement se défend", "the government team boasted". */
const BODY_VERB = String.raw`(?:(?:has|had|have|also|later|again)\s+)?(?:said|says|announced|confirmed|insisted|boasted|claimed|claims|denied|argued|maintains|stated|told|warned|estimated|se\s+défend|affirme|assure|a\s+annoncé|a\s+fait\s+savoir|indique|dijo|anunció|afirmó|aseguró|erklärte|teilte\s+mit|disse|afirmou|informou|uvedla|oznámila)(?![\p{L}])`;
/** "the (Zimbabwean) military said": named as written, with its adjective of nationality when there is one. */
export const BARE_BODY = new RegExp(String.raw`(?<![\p{L}])(?:[Tt]he|[Ll]e|[Ll]a|[Ee]l|[Dd]ie|[Oo])\s+(?:([\p{Lu}][\p{Ll}]+(?:an|ian|ean|ese|ish|ais|aise|ien|ienne|ano|ana|ischen?|sk[áý]))\s+)?(?:(?:federal|national|state|fédéral|federal)\s+)?(${BODY_NOUN})(?:\s+(?:team|officials|spokes(?:man|woman|person)))?\s+${BODY_VERB}`, 'gu');

/** "Zimbabwean intelligence reports seen by Reuters suggest": a body's documents as the source. */
export const DOCS = new RegExp(String.raw`(?<![\p{L}])(${NAME}\s+(?:intelligence|government|military|police|ministry|army))\s+(?:reports?|documents?|assessments?|memos?|data)\s+(?:(?:seen|obtained|reviewed)\s+by\s+[^,.;]{1,40}?\s+)?(?:suggest|suggests|suggested|show|shows|showed|indicate|indicates|indicated|say|says|said)(?![\p{L}])`, 'gu');

/** "researchers at Columbia University": the institution whose research is reported (an organisation's name only). */
/** "Analysts at Morgan Stanley said": a firm speaking through its analysts (a name there is the firm's, even "Morgan"). */
export const ANALYSTS_AT = new RegExp(String.raw`(?<![\p{L}])(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|[Ee]xperts)\s+(?:at|from)\s+${ARTICLE}(${NAME})\s+(?:said|say|says|wrote|write|writes|estimated|estimate|expect|expected|warned|warn|noted|note)(?![\p{L}])`, 'gu');
export const RESEARCHERS = new RegExp(String.raw`(?<![\p{L}])(?:researchers|scientists|investigators|economists|epidemiologists)\s+(?:at|from)\s+${ARTICLE}(${NAME})`, 'gu');

/** French "disponible sur le site de l'Assemblée nationale": the body's own website as the source. */
export const ON_SITE = new RegExp(String.raw`(?<![\p{L}])(?:disponibles?|publiée?s?|consultables?|mise?s?\s+en\s+ligne|lire|voir)\s+sur\s+le\s+site\s+(?:internet\s+|web\s+|officiel\s+)?(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)(${NAME_ROMANCE})`, 'gu');

/** Czech media nouns (nominative): server, web, deník (daily), večerník (evening paper), týdeník (weekly), list, agentura, televize, stanice, rozhlas, magazín, časopis, portál. */
const CS_MEDIA = String.raw`(?:[Ss]erver|[Ww]eb|[Dd]eník|[Vv]ečerník|[Tt]ýdeník|[Ll]ist|[Aa]gentura|[Tt]elevize|[Ss]tanice|[Rr]ozhlas|[Mm]agazín|[Čč]asopis|[Pp]ortál)`;
/** Czech verbs of reporting and judging: píše (writes), napsal (wrote), uvedl/uvádí (stated), hodnotí (rates), tvrdí (claims), informuje, oznámil, sdělil, vidí (sees), cituje, upozornil, zjistil, komentuje, dodal. */
const CS_VERB = String.raw`(?:píše|napsal[aoi]?|uvedl[aoi]?|uvádí|hodnotí|tvrdí|informoval[aoi]?|informuje|oznámil[aoi]?|oznamuje|sdělil[aoi]?|vidí|cituje|citoval[aoi]?|upozornil[aoi]?|upozorňuje|zjistil[aoi]?|komentuje|dodal[aoi]?|dodává)`;
/** "píše ve svém hodnocení server Claret and Hugh", "hodnotí … londýnský večerník Evening Standard". */
export const CS_VERB_MEDIA = new RegExp(String.raw`(?<![\p{L}])${CS_VERB}\s+(?:[\p{Ll}]+\s+){0,4}?${CS_MEDIA}\s+(${NAME})`, 'gu');
/** "Web Football.London to vidí podobně": a media noun, the name, then a verb. */
export const CS_MEDIA_VERB = new RegExp(String.raw`(?<![\p{L}])${CS_MEDIA}\s+(${NAME})\s+(?:to\s+|také\s+|rovněž\s+|ale\s+)?${CS_VERB}(?![\p{L}])`, 'gu');

/** Chinese: a Latin-script outlet name (with a Chinese suffix like 中文站) and a date before 报道 ("TNW中文站 10月14日报道"). */
export const CJK_DATED = /(?<![\p{L}\p{N}])([\p{Lu}][\p{Script=Latin}\d.&-]+(?:中文站|中文网|网|社|日报)?)[ \u00A0]*(?:\d{4}年)?\d{1,2}月\d{1,2}日[ \u00A0]*(?:报道|報道|消息|电|讯)/gu;
/** Chinese: "发表在科学刊物《自然》上" (published in the journal Nature). */
export const CJK_PUBLISHED_IN = /(?:发表在|发表于|發表在|發表於|刊登在|刊登于)[^《。，]{0,10}《([^》]{1,30})》/gu;
/** Japanese: a company in katakana as topic or subject, and the sentence says it announced ("トレンドマイクロは…と発表した"). */
export const KANA_ANNOUNCE = /(?:^|[、。「」\s])([\p{Script=Katakana}ー・]{3,20})(?:は|が)[^。]{0,160}?(?:と発表した|を発表した|と発表している|と明らかにした|と説明した)/gu;
export const KANA_ACCORDING = /([\p{Script=Katakana}ー・]{3,20})によると/gu;

/**
 * The cheap cue words of the rules above, one named group per rule, found in one pass over a
 * sentence (one scan instead of one per rule); a rule's costly pattern runs only if its cue is there.
 */
const RULE_CUES = new RegExp(
  [
    String.raw`(?<spokes>spokes|representative|official|press\s+officer)`,
    String.raw`(?<body>[Pp]residency|[Mm]inistry|[Ee]mbassy|[Pp]olice|[Gg]overnment|[Mm]ilitary|[Aa]rmy|[Aa]dministration|[Gg]ouvernement|[Aa]rmée|[Gg]obierno|[Ee]jército|Regierung|Armee|[Gg]overno|[Vv]láda|[Aa]rmáda)`,
    String.raw`(?<docs>(?:report|document|assessment|memo)s?\s|data\s)`,
    String.raw`(?<research>[Rr]esearchers|[Ss]cientists|[Ii]nvestigators|[Ee]conomists|[Ee]pidemiologists|[Aa]nalysts|[Ss]trategists|[Ee]xperts)`,
    String.raw`(?<site>sur\s+le\s+site)`,
    String.raw`(?<romance>a\s+conocer|anunci|explic|asegur|indicó|afirmou|informou|declarou)`,
    String.raw`(?<cs>píše|napsal|uvedl|uvádí|hodnotí|tvrdí|informoval|informuje|oznámil|oznamuje|sdělil|vidí|cituje|citoval|upozor|zjistil|komentuje|dodal|dodává)`,
    String.raw`(?<cjk>[\u3040-\u30ff\u3400-\u9fff《])`,
  ].join('|'),
  'gu',
);
type RuleCue = 'spokes' | 'body' | 'docs' | 'research' | 'site' | 'romance' | 'cs' | 'cjk';

const RULE_CUES_ANY = new RegExp(RULE_CUES.source, 'u');

/** The rules whose cue words a sentence holds. */

export function cuesIn(sentence: string): Set<RuleCue> {
  const out = new Set<RuleCue>();
  if (!RULE_CUES_ANY.test(sentence)) return out;
  RULE_CUES.lastIndex = 0;
  for (let m = RULE_CUES.exec(sentence); m; m = RULE_CUES.exec(sentence)) {
    for (const k in m.groups) if (m.groups[k] !== undefined) out.add(k as RuleCue);
    if (out.has('cjk')) break; // a CJK sentence: the other rules are for other scripts
  }
  return out;
}

/** A nationality and its officials: "American officials", "Pakistani authorities". */
export const DEMONYM_OFFICIALS = /^[\p{Lu}][\p{Ll}]+(?:an|ian|ean|ese|ish|i)[ \u00A0]+(?:officials|authorities|sources)(?![\p{L}])/u;
/** Words that begin a sentence before a name and are not part of it: "As Mashable reports". */
export const LEADING_WORD = /^(?:As|But|And|So|Yet|Then|Now|Still|Also|However|Meanwhile|Indeed|Instead|Today|Yesterday)[ \u00A0]+(?=[\p{Lu}\d])/u;
/** An article before an acronym is not part of its name: "La CNIL soulève". */
export const ARTICLE_BEFORE_ACRONYM = /^(?:The|La|Le|Les|L['’]|El|Los|Las|Der|Die|Das|O|A)[ \u00A0]*(?=[\p{Lu}\d&.-]{2,8}$)/u;
/** Articles that may open a name and are never a given name: kept out of the test for people. */
export const OPENING_ARTICLE = /^(?:the|la|le|les|el|los|las|der|die|das|o|a)$/i;
/** A newspaper's section ("column in the Sunday Metropolitan section") is part of a paper, not a source. */
export const SECTION_AFTER = /^[ \u00A0]+(?:section|supplement|pages?|edition|insert)\b/;
/** Platforms are places where things are posted, not sources — unless they themselves announce something. */
export const PLATFORM = /^(?:Twitter|Facebook|Instagram|YouTube|Reddit)$/;

export const ORGISH = /\b(?:Ministry|Department|Agency|Office|Police|Army|Forces|Military|Government|Council|Commission|Committee|Institute|University|College|Cent(?:er|re)|Foundation|Association|Society|Union|Bank|Group|Company|Corporation|Corp|Inc|Ltd|LLC|Times|Post|News|Journal|Herald|Tribune|Gazette|Daily|Press|Review|Magazine|Network|Radio|TV|Television|Channel|Service|Bureau|Authority|Organi[sz]ation|Party|Court|Board|Federation|League|Fund|Trust|Research|Institution|Watch|International|Hospital|School|Survey|Statistics|Observatory|Administration|Senate|Congress|Parliament|Embassy|Consulate|Prosecutor|Guard|Navy|Command|Secretariat|Airlines?|Motors|Technologies|Systems|Labs?)\b/u;
export const NOT_A_SOURCE = /^(?:Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Dr|Mr|Mrs|Ms|Rev|Hon|The|A|An|He|She|They|It|We|I|You|This|That|These|Those|His|Her|Their|Its|Our|There|Here|But|And|Or|So|If|When|While|As|In|On|At|For|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Mr|Mrs|Ms|Dr|President|Minister|First|Last|Next|Many|Most|Some|All|Both|Several|Analysts|Officials|Experts|Critics|Observers|People|Residents|Locals|Voters|Witnesses|Scientists|Researchers|Doctors|Fans|Activists|Protesters|Workers|Students|Teachers|Parents|Others|Sources|Neighbors|Neighbours|Friends|Relatives|Family|Families|Investors|Traders|Economists|Lawyers|Prosecutors|Authorities|Reports|Studies|Polls|Surveys|Everyone|Nobody|Someone|Many|Few|Several|Most|Some|Supplied|Handout|File|Getty|Courtesy)$/;
/** Bodies one tells something, with their qualifiers: "the Supreme Court", "the Security Council", "a Senate committee". */
export const TOLD_BODY = /^(?:[\p{Lu}][\p{L}.'’-]*[ \u00A0]+){0,4}(?:Court|Tribunal|Jury|Council|Committee|Assembly|Parliament|Congress|Senate|House|Inquiry|Commission|Hearing|Panel|Conference|Summit|Forum|Rally|Convention)$/u;
/** Bodies one speaks to, not sources: "told parliament", "told the court". */
export const AUDIENCE = /^(?:(?:U\.?N\.?|United Nations)\s+)?(?:General\s+Assembly|Parliament|Congress|Senate|House|Court|Assembly|Council|Committee|Conference|Summit|Reporters|Journalists)$/i;

export const LEFT_QUICK = /entrevista|entretien|interview|gespräch|secondo|angaben|accord|report|quot|cit|told|interview|speaking|spokes|statement|data\s|figures|study|survey|poll|analysis|publish|appeared|director|representative|article|story|piece|tweet|post|column|editorial|investigation|comme|selon|apr[eè]s|laut|seg[uú]n|segundo|acordo/i;
/**
 * "prosecutors in San Francisco and Los Angeles say…": officials of a place speaking, named
 * "San Francisco prosecutors" (one source for each place).
 */
export const OFFICIALS_IN = new RegExp(
  String.raw`(?<![\p{L}])([Pp]rosecutors|[Oo]fficials|[Aa]uthorities|[Pp]olice|[Ii]nvestigators|[Rr]egulators|[Ll]awmakers)\s+in\s+(${CAP}(?:[ \u00A0]${CAP}){0,2})(?:\s+and\s+(${CAP}(?:[ \u00A0]${CAP}){0,2}))?\s+(?:say|says|said|have\s+said|allege|alleged|claim|claimed|told|found|warned)(?![\p{L}])`,
  'gu',
);
/** "Chinese foreign ministry spokeswoman Mao Ning": a nation's body speaking through its spokesperson. */
export const NATION_BODY_SPOKES = new RegExp(
  String.raw`(?<![\p{L}])([\p{Lu}][\p{Ll}]+(?:an|ian|ean|ese|ish|i))\s+((?:[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|[Hh]ealth|[Ff]inance|[Tt]rade|[Jj]ustice)\s+[Mm]inistry|[Gg]overnment|[Mm]ilitary|[Aa]rmy|[Pp]olice|[Pp]residency|[Ee]mbassy)\s+spokes(?:man|woman|person)(?![\p{L}])`,
  'gu',
);
/** "the New England Journal of Medicine on Wednesday": a day or a month is no part of the name. */
export const TRAILING_DAY = /[ \u00A0](?:on|in|of|for|and|since|until|last|this|next)[ \u00A0](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** French, the speaker after the verb: "« … », a indiqué l'Élysée"; people are left to the people finder. */
export const FR_INVERTED = new RegExp(
  String.raw`(?<![\p{L}])(?:a|ont|avait|avaient)\s+(?:indiqué|déclaré|annoncé|précisé|affirmé|expliqué|souligné|assuré|rapporté|confirmé|fait\s+savoir)\s+(?:l['’]|le\s+|la\s+|les\s+)?(${NAME})`,
  'gu',
);
export const FR_INVERTED_QUICK = /(?:indiqué|déclaré|annoncé|précisé|affirmé|expliqué|souligné|assuré|rapporté|confirmé|fait\s+savoir)\s+(?:l['’]|le\s|la\s|les\s)?\p{Lu}/u;
export const OFFICIALS_IN_QUICK = /(?:prosecutors|officials|authorities|police|investigators|regulators|lawmakers)\s+in\s+\p{Lu}/iu;
export const VERB_QUICK = /report|said|says|concern|shown|told|wrote|writes|announc|stated|states|confirm|claim|publish|estimat|disclos|reveal|warn|tweet|pointed\s+out|bericht|meldete|rapport|annonc|inform|soulign|soulève|estime|affirme|précise|explique|denunci|señal|quoted/;
export const STUDY_QUICK = /\b(?:poll|survey|study|report)\b/;
