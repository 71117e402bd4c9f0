/**
 * The words around a name that make it a cited source, in English, French, German and Spanish.
 * Each pattern is anchored at the name: LEFT ends where the name starts, RIGHT starts where it ends.
 */

/** Up to three words between the cue and the name: "according to Russian state news agency TASS". */
const FILL = String.raw`(?:[\p{L}\p{N}'’.-]+[\s\u00A0]+){0,4}`;

/** Czech: a verb of reporting or judging, a few words, then a media noun: "hodnotí … londýnský večerník", "píše server". */
const CS_MEDIA_CUE = String.raw`(?:píše|napsal[aoi]?|uvedl[aoi]?|uvádí|hodnotí|tvrdí|informoval[aoi]?|informuje|oznámil[aoi]?|sdělil[aoi]?|cituje|upozornil[aoi]?|zjistil[aoi]?|komentuje)\s+(?:[\p{Ll}]+\s+){0,4}?(?:server|web|deník|večerník|týdeník|list|agentura|televize|stanice|rozhlas|magazín|časopis|portál)`;
/** Portuguese and Czech "according to": segundo (right before the name: it also means "second"), de acordo com, podle. */
const ACCORDING_PT_CS = String.raw`segundo(?=[\s\u00A0]+(?:[oa]s?[\s\u00A0]+)?$)|de\s+acordo\s+com|podle`;

/** French puts the speaker after the verb: "a indiqué l'Élysée", "ont annoncé les autorités". */
const FR_INVERTED = String.raw`(?:(?:a|ont|avait|avaient)\s+(?:indiqué|déclaré|annoncé|précisé|affirmé|expliqué|souligné|assuré|rapporté|confirmé|fait\s+savoir)(?!\s+à)|riferisce|scrive|riporta|ha\s+(?:riferito|scritto|riportato))`;
/** Italian: "secondo l'ANSA" (right before the name: it also means "second"), "ha detto al Corriere". */
const ITALIAN = String.raw`secondo(?=[\s\u00A0]+(?:(?:il|lo|la|i|gli|le)[\s\u00A0]+|l['’])?$|[\s\u00A0]*l['’]$)|ha\s+(?:detto|spiegato|dichiarato|raccontato)\s+(?:a|al|alla|all['’])`;

/** "em entrevista à rádio CBN", "en una entrevista con El País", "dans un entretien au Monde", "im Interview mit dem Spiegel". */
export const INTERVIEW_WITH = String.raw`(?:em|numa|en|en\s+una|dans\s+un|lors\s+d['’]un)\s+(?:entrevista|entretien|interview)\s+(?:à|ao|a|al|con|com|avec|au|à\s+la)|im\s+(?:Interview|Gespräch)\s+mit(?:\s+(?:dem|der|den))?`;

/** German "according to": "nach Angaben des Statistischen Bundesamts". */
export const NACH_ANGABEN = String.raw`nach\s+Angaben\s+(?:des|der|von)`;

export const LEFT_CUE = new RegExp(
  String.raw`(?:^|[\s(“"«—–-])(${CS_MEDIA_CUE}|${ACCORDING_PT_CS}|${FR_INVERTED}|${ITALIAN}|${INTERVIEW_WITH}|according\s+to|as\s+reported\s+by|reported\s+by|quoted\s+by|quoted\s+as\s+saying\s+(?:[\p{L}\p{N}]+\s+){0,4}?by|cited\s+by|citing|quoting|cites|quoted|told|telling|(?:originally|first)\s+(?:appeared|published)\s+(?:in|on|by)|published\s+in|appeared\s+in|(?:director|representative)\s+for|(?:an?\s+)?(?:article|story|piece|tweet|post|column|editorial|investigation)\s+(?:by|from|in)|comme\s+l['’]a\s+(?:souligné|indiqué|rapporté|révélé|annoncé)|in\s+(?:an\s+|a\s+)?(?:interview|interviews|remarks|comments|statement|statements)\s+(?:to|with)|speaking\s+(?:to|with)|spoke\s+(?:to|with)|a\s+spokes(?:man|woman|person)\s+for|spokes(?:man|woman|person)\s+(?:for|of)|a\s+statement\s+(?:from|by|issued\s+by)|data\s+from|figures\s+from|a\s+report\s+(?:by|from)|selon|d['’]après|a\s+déclaré\s+à|a\s+indiqué\s+à|laut|berichtete|zufolge\s+von|sagte\s+der|sagte\s+dem|según|de\s+acuerdo\s+con|dijo\s+a|explicó\s+a|declaró\s+a|aseguró\s+a|contó\s+a|disse\s+à|disse\s+ao|afirmou\s+à|afirmou\s+ao|${NACH_ANGABEN}|informó)[\s\u00A0]+${FILL}(?:[ldLD]['’])?$`,
  'iu',
);

export const SOURCE_LINE = /^(?:source|sources|quelle|quellen|fuente|fuentes|with\s+(?:reporting\s+)?(?:input|files)\s+from|reporting\s+by|additional\s+reporting\s+by)\s*[:\-–—]?\s*(?:the\s+)?$/iu;

/** "White House press secretary Josh Earnest said": an organisation speaking through a named person. */
export const ROLE_SPEAKER = /^(?:['’]s)?[\s\u00A0]+(?:(?:deputy|chief|senior|top|acting)\s+)?(?:press\s+secretary|spokes(?:man|woman|person)|official|officials|representative|envoy|ambassador|director|minister|secretary|negotiator)[\s\u00A0]+(?:[\p{Lu}][\p{L}\p{M}.'’-]+[\s\u00A0]+){1,3}(?:[^.;]{0,60}?[\s\u00A0])?(?:said|says|told|added|stated|confirmed|announced|condemned|warned|wrote|tweeted)(?![\p{L}])/u;

export const RIGHT_CUE = new RegExp(
  String.raw`^(?:['’]s?)?[\s\u00A0]*(?:(?:news\s+agency|agency|newspaper|daily|broadcaster|TV|television|radio|website|channel|outlet|ministry|office|spokes(?:man|woman|person))[\s\u00A0]+)?(?:(?:has|had|have|also|later|earlier|first|previously)[\s\u00A0]+)?(reported|reports|reporting|said|says|quoted|quotes|cited|cites|wrote|writes|announced|announces|stated|states|confirmed|confirms|claimed|claims|published|publishes|added|noted|told|tweeted|posted|disclosed|revealed|estimated|estimates|found|berichtete|berichtet|meldete|meldet|schrieb|teilte|zitierte|a\s+rapporté|rapporte|rapportait|a\s+annoncé|annonce|a\s+indiqué|indique|écrit|a\s+écrit|souligne|soulève|estime|affirme|précise|explique|informó|informa|reportó|publicó|dijo|señaló|afirmó|denunció|teilte\s+mit|was\s+quoted\s+as\s+saying|pointed\s+out|ha\s+dado\s+a\s+conocer|dio\s+a\s+conocer|anunció|explicó|aseguró|afirmou|informou|anunciou|declarou|se\s+défend|píše|uvedl[aoi]?|uvádí|hodnotí|tvrdí|oznámil[aoi]?|(?:(?:[\p{Lu}][\p{L}]+\s+)?(?:poll|survey|study|report|data|figures|analysis)\s+(?:\S+\s+){0,3}?(?:showed|shows|found|finds|suggests|suggested)))(?![\p{L}\p{N}])`,
  'iu',
);

/** "MOSCOW (Reuters) -": an opening dateline credit. */
export const DATELINE_LEFT = /^[\p{Lu}\p{Lt}][\p{L}\s.,'’\-]{0,40}\([\s\u00A0]*$/u;
export const DATELINE_RIGHT = /^[\s\u00A0]*(?:\/[^)]{0,20})?\)[\s\u00A0]*[-–—:]/u;

/** A credit standing alone: "— AP", "(AFP)", "/Reuters". */
export const STANDALONE_LEFT = /^[\s\u00A0]*(?:[-–—/(][\s\u00A0]*)?$/u;
export const STANDALONE_RIGHT = /^[\s\u00A0]*\)?[\s\u00A0.]*$/u;

/** Photo and image credits are not citations. */
export const PHOTO_CREDIT = /(?:photo|photos|photograph|image|images|picture|pictures|video|credit|credits|foto|bild|imagen|©|getty|file\s+photo)\b[^.]{0,40}$/iu;

/** Words that show a sentence relays someone's words. */
export const SPEECH = /[“”"«»„]|(?<![\p{L}\p{N}])(?:said|says|told|added|stressed|noted|pointed\s+out|stated|declared|insisted|warned|argued|explained|according\s+to|quoted|remarked|urged|asked|dit|a\s+déclaré|sagte|erklärte|dijo|afirmó)(?![\p{L}\p{N}])/iu;
export const PRONOUN_SPEAKER = /^(?:[“"«„][^”"»]*[”"»][,.]?\s*)?(?:he|she|they|il|elle|er|sie|él|ella)\s+(?:said|says|added|told|stressed|noted|pointed\s+out|stated|declared|warned|dit|a\s+déclaré|sagte|erklärte|dijo)\b|[,]\s*(?:he|she)\s+(?:said|added|noted|stressed)\b/iu;
