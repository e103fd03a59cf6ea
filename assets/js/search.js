/*
 * Site search for the tillid site: the header box with results as you type, and search.html.
 *
 * The index is written at bake time by dk.kk.tillid.index.SearchIndexer into {root}search/ as script
 * files that call tillidSearchData(name, data). Script elements are used instead of fetch because
 * Chromium refuses fetch on file://, and the site must work opened from disk and under any sub-path.
 * No inline script or handler attribute is used, so a CSP of script-src 'self' holds.
 *
 * The term function below has a Java twin (dk.kk.tillid.index.Terms); both are checked against
 * src/test/resources/index/term-vectors.json, so change them together.
 */
(function (global) {
  'use strict';

  /* ---------- term function: shared with Terms.java ---------- */

  var STOP_WORDS = new Set(('ad af alle alt anden at blev blive bliver da de dem den denne deres der det dette ' +
    'dig din disse dog du efter eller en end er et for fra ham han hans har havde have hende hendes her hos ' +
    'hun hvad hvis hvor i ikke ind jeg jer jo kunne man mange med meget men mig min mine mit mod naar ned ' +
    'noget nogle nu og ogsaa om op os over paa saa saadan selv sig sin sine sit skal skulle som thi til ud ' +
    'under vaere vaeret var vi vil ville vor').split(' '));
  var ENDINGS = ['ernes', 'erne', 'enes', 'ene', 'ens', 'ets', 'ere', 'ers', 'er', 'en', 'et', 'e'];
  var MIN_STEM = 4;
  var A_ENDINGS = ['enes', 'ene', 'ens', 'en'];
  var FOLDS = { 'å': 'aa', 'æ': 'ae', 'ä': 'ae', 'ø': 'oe', 'ö': 'oe', 'ü': 'ue', 'ß': 'ss' };
  var CONTRACT = { aa: 'å', ae: 'æ', oe: 'ø' };
  var EXPAND = { 'å': 'aa', 'æ': 'ae', 'ø': 'oe' };
  // A dotted abbreviation with a single letter in it ("f.s.v.a.", "bl.a.") is one word, and so is a single letter
  // with its dot ("d.", "s."), the abbreviation of one letter (see Terms.WORD).
  var WORD = /(?<![\p{L}\p{M}\p{N}.])(?=(?:\p{L}{1,3}\.)*\p{L}(?!\p{L}))(?:\p{L}{1,3}\.)+\p{L}{1,3}(?![\p{L}\p{M}\p{N}])|(?<![\p{L}\p{M}\p{N}.])\p{L}\.(?![\p{L}\p{M}\p{N}])|[\p{L}\p{M}\p{N}]+/gu;

  function lower(word) {
    return word.normalize('NFKC').toLowerCase();
  }

  function fold(lowerWord) {
    var out = '';
    for (var i = 0; i < lowerWord.length; i++) {
      var c = lowerWord.charAt(i);
      out += FOLDS[c] || c;
    }
    return out.normalize('NFD').replace(/\p{M}+/gu, '');
  }

  // The folded pairs aa/ae/oe are stemmed as the one letter they stand for (see LightStemmer.java).
  function stem(folded) {
    // "dataene" is data + ene, not "datæne" (see LightStemmer.stem).
    for (var k = 0; k < A_ENDINGS.length; k++) {
      var n0 = folded.length - A_ENDINGS[k].length;
      if (n0 >= MIN_STEM && folded.slice(-A_ENDINGS[k].length) === A_ENDINGS[k] && folded.charAt(n0 - 1) === 'a') {
        return folded.slice(0, n0);
      }
    }
    var word = folded.replace(/aa|ae|oe/g, function (pair) { return CONTRACT[pair]; });
    var cut = withoutEnding(word);
    var result = undouble(cut);
    // "budgettet" is "budget" + -et, and meets "budget" (see LightStemmer.stem).
    if (/ttets?$/.test(word) && /et$/.test(result) && result !== cut) result = withoutEnding(result);
    return result.replace(/[åæø]/g, function (letter) { return EXPAND[letter]; });
  }

  function withoutEnding(word) {
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length - ending.length >= MIN_STEM && word.slice(-ending.length) === ending) {
        return word.slice(0, -ending.length);
      }
    }
    return word;
  }

  // "processen" and "proces" must meet: the definite form doubles the final consonant.
  function undouble(w) {
    var n = w.length;
    if (n >= 4 && w.charAt(n - 1) === w.charAt(n - 2) && 'aeiouyæøå'.indexOf(w.charAt(n - 1)) < 0) return w.slice(0, -1);
    return w;
  }

  // Where the light stem keeps four letters, the short words an inflected form may stand for, best first
  // ("målene" → maal, maale): LightStemmer.shortStems. The index holds a form under its short word's term
  // when the dictionary says so at build time; candidates() tries these when the word's own term is not indexed.
  function shortStems(word) {
    var folded = fold(lower(word)).replace(/\./g, '');
    if (!folded || STOP_WORDS.has(folded) || !/^[a-z]+$/.test(folded)) return [];
    var own = stem(folded);
    var w = folded.replace(/aa|ae|oe/g, function (pair) { return CONTRACT[pair]; });
    var expand = function (x) { return x.replace(/[åæø]/g, function (letter) { return EXPAND[letter]; }); };
    var bare = [], withE = [];
    var add = function (list, x) { if (x !== own && list.indexOf(x) < 0) list.push(x); };
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      var n = w.length - ending.length;
      if (n >= 2 && n < MIN_STEM && w.slice(-ending.length) === ending) {
        add(bare, expand(w.slice(0, n)));
        add(withE, expand(w.slice(0, n) + 'e'));
      }
    }
    withE.forEach(function (x) { add(bare, x); });
    return bare;
  }

  // "KKs", an abbreviation in capitals with the genitive s written on, is the abbreviation ("KK").
  function withoutGenitive(word) {
    return /^[A-ZÆØÅ]{2,5}s$/.test(word) ? word.slice(0, -1) : word;
  }

  function term(word) {
    var folded = fold(lower(withoutGenitive(word))).replace(/\./g, '');
    if (!folded || STOP_WORDS.has(folded)) return '';
    if (/^[0-9]+$/.test(folded)) return folded;
    if (folded.length < 2) return /\.$/.test(word) && /^[a-z]$/.test(folded) ? folded : '';
    return /^[a-z]+$/.test(folded) ? stem(folded) : folded;
  }

  // '1' where the writer used æ/ø/å (or ä/ö), '0' where they wrote ae/oe/aa; "" when no Danish letter.
  function spelling(word) {
    if (!term(word)) return '';
    var l = lower(word);
    var mark = '';
    var special = false;
    for (var i = 0; i < l.length; i++) {
      var c = l.charAt(i);
      if ('åæøäö'.indexOf(c) >= 0) {
        mark += '1';
        special = true;
      } else if (i + 1 < l.length && ((c === 'a' && (l[i + 1] === 'a' || l[i + 1] === 'e')) || (c === 'o' && l[i + 1] === 'e'))) {
        mark += '0';
        i++;
      }
    }
    return special ? mark : '';
  }

  function allowedEdits(word) {
    return editsForLength(Array.from(lower(word)).length);
  }

  function editsForLength(letters) {
    return letters >= 8 ? 2 : letters >= 5 ? 1 : 0;
  }

  function words(text) {
    var out = [];
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }

  var termApi = { term: term, shortStems: shortStems, spelling: spelling, allowedEdits: allowedEdits, words: function (t) {
    return words(t).map(function (w) { return w.text; });
  } };

  if (typeof module === 'object' && module.exports) {
    module.exports = termApi;
  }
  if (typeof document === 'undefined') return;

  /* ---------- loading index files ---------- */

  var script = document.currentScript;
  var siteRoot = new URL('../', script ? script.src : location.href);
  var indexBase = new URL('search/', siteRoot);
  var pending = {};
  var loads = {};

  global.tillidSearchData = function (name, data) {
    var done = pending[name];
    if (done) {
      delete pending[name];
      done(data);
    }
  };

  function load(name) {
    if (!loads[name]) {
      loads[name] = new Promise(function (resolve, reject) {
        pending[name] = resolve;
        var el = document.createElement('script');
        el.src = new URL(name + '.js', indexBase).href;
        el.async = true;
        el.onload = function () {
          if (pending[name]) fail();
        };
        el.onerror = fail;
        function fail() {
          delete pending[name];
          delete loads[name];
          reject(new Error('Søgeindekset kunne ikke hentes: ' + name));
        }
        document.head.appendChild(el);
      });
    }
    return loads[name];
  }

  /* ---------- the index as the query sees it ---------- */

  var PREFIX_MIN = 3;
  var ABBREVIATION = /^[A-ZÆØÅ]{2,5}$/;
  var PREFIX_LIMIT = 50;
  var FUZZY_LIMIT = 20;
  var SHORT_TYPO = 4;
  var S_BARE_MIN = 4;
  var LONG_TYPO = 8;
  var TAIL_MIN = 4;
  var TAIL_PART_MIN = 3;
  var TAIL_REST = 3;
  var WEIGHT = { exact: 1, folded: 0.6, prefix: 0.3, tail: 0.25, fuzzy1: 0.15, fuzzy2: 0.1 };
  var PART_FACTOR = 0.25;
  // The query word itself inside a compound ("produkt" in "bruttonationalprodukt") before a longer word that
  // only begins with it ("produktivitet"): that is another word, the compound a kind of what was asked for.
  var TIER = { exact: 5, folded: 4, part: 3, tail: 3, prefix: 2, fuzzy1: 1, fuzzy2: 1 };
  var DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';

  function groupOf(t) {
    var c = t.charAt(0);
    if (c >= 'a' && c <= 'z') return c;
    return c >= '0' && c <= '9' ? '0' : '_';
  }

  var metaPromise;
  function meta() {
    if (!metaPromise) {
      metaPromise = load('meta').then(function (m) {
        var sectionPage = new Array(m.sections);
        var firstSection = [];
        var s = 0;
        for (var p = 0; p < m.pageSections.length; p++) {
          firstSection.push(s);
          for (var k = 0; k < m.pageSections[p]; k++) sectionPage[s++] = p;
        }
        m.sectionPage = sectionPage;
        m.firstSection = firstSection;
        return m;
      });
      metaPromise.catch(function () { metaPromise = null; });
    }
    return metaPromise;
  }

  var groups = {};
  function vocabulary(group) {
    if (!groups[group]) {
      groups[group] = load('v-' + group).then(function (v) {
        var terms = [];
        var previous = '';
        v.terms.split(',').forEach(function (entry) {
          var t = previous.slice(0, parseInt(entry.charAt(0), 36)) + entry.slice(1);
          terms.push(t);
          previous = t;
        });
        return { group: group, terms: terms, counts: v.counts, chunks: v.chunks, spellings: v.spellings };
      });
    }
    return groups[group];
  }

  function lowerBound(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < value) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  function chunkOf(vocab, index) {
    var c = 0;
    while (c + 1 < vocab.chunks.length && vocab.chunks[c + 1] <= index) c++;
    return c;
  }

  function postingsOf(vocab, index) {
    var c = chunkOf(vocab, index);
    return load('p-' + vocab.group + '-' + c).then(function (chunk) {
      return decodePostings(chunk.postings[index - vocab.chunks[c]], (vocab.spellings[index] || []).length > 1);
    });
  }

  function decodePostings(encoded, withSpellings) {
    var out = [];
    var section = -1;
    var i = 0;
    while (i < encoded.length) {
      var gap = 0, d;
      while ((d = DIGITS.indexOf(encoded.charAt(i++))) >= 32) gap = gap * 32 + d - 32;
      gap = gap * 32 + d;
      section += gap + 1;
      var flags = DIGITS.indexOf(encoded.charAt(i++));
      var posting = { section: section, title: !!(flags & 1), heading: !!(flags & 2), part: !!(flags & 4),
        count: flags >> 3, spellings: 1 };
      if (withSpellings) posting.spellings = DIGITS.indexOf(encoded.charAt(i++));
      out.push(posting);
    }
    return out;
  }

  // Optimal string alignment distance, giving up once it must exceed max.
  function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], row;
    for (var j = 0; j <= b.length; j++) prev.push(j);
    for (var i = 1; i <= a.length; i++) {
      row = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        row.push(v);
        if (v < best) best = v;
      }
      if (best > max) return max + 1;
      prev2 = prev;
      prev = row;
    }
    return prev[b.length];
  }

  // "kl." before a time says only that a time follows: a programme writes its times without it ("kl. 16.15"). Not before
  // a year ("KL 2013"), nor typed in capitals: that is Kommunernes Landsforening.
  var BEFORE_TIME = 'kl';
  var TIME = /^([0-9]{1,2})(?:[.:][0-9]{2})?(?![0-9])/;

  function beforeTime(w, next, query) {
    if (term(w.text) !== BEFORE_TIME || ABBREVIATION.test(w.text) || !next) return false;
    var m = TIME.exec(query.slice(next.start));
    return m !== null && Number(m[1]) <= 24;
  }

  function queryTerms(query) {
    var seen = {};
    var out = [];
    var ws = words(query);
    ws.forEach(function (w, i) {
      var t = term(w.text);
      if (beforeTime(w, ws[i + 1], query)) return;
      if (t && !seen[t]) {
        seen[t] = true;
        out.push({ word: withoutGenitive(w.text), term: t, spelling: spelling(w.text), edits: allowedEdits(w.text),
          dotted: query.charAt(w.end) === '.' });
      }
    });
    return out;
  }

  // Which vocabulary terms stand for one query word, and how well each matches it.
  function candidates(q, vocab) {
    var list = [];
    var terms = vocab.terms;
    var at = lowerBound(terms, q.term);
    var exact = terms[at] === q.term;
    if (exact) list.push({ index: at, kind: 'exact' });
    // "målene" is indexed as "mål" where the dictionary says it is a form of it (see shortStems).
    var shorts = exact ? [] : shortStems(q.word);
    var shortFound = false;
    for (var s = 0; s < shorts.length && !shortFound; s++) {
      var atShort = lowerBound(terms, shorts[s]);
      if (terms[atShort] === shorts[s]) {
        list.push({ index: atShort, kind: 'exact' });
        shortFound = true;
      }
    }
    // "DIL" typed in capitals means the abbreviation: not "dilemmaer" by prefix, nor a word one typo away.
    if (exact && ABBREVIATION.test(q.word)) return { list: list, exact: true, prefixed: false };
    // The word with or without a final s is the same word: a genitive ("Cogencys", "leders") or a loanword's plural.
    var other = sVariant(q.word);
    var atOther = other && other !== q.term ? lowerBound(terms, other) : -1;
    var sFound = atOther >= 0 && terms[atOther] === other;
    if (sFound) list.push({ index: atOther, kind: 'exact' });
    // Danish drops the e of -el, -er before an ending ("mangel", "mangler"; "regel", "reglerne"): a word not indexed
    // as typed is looked for in its other form too, and that form as the beginning of longer terms ("mangelfulde").
    var syncope = exact || shortFound || sFound ? '' : syncopeForm(q.term);
    var atSyncope = syncope ? lowerBound(terms, syncope) : -1;
    var syncopeFound = atSyncope >= 0 && terms[atSyncope] === syncope;
    // The other form is another spelling, not the word as typed; and where the word is one typo from another term
    // ("handel": "handle"), the longer terms beginning with that form ("handlingsplan") are chance.
    if (syncopeFound) list.push({ index: atSyncope, kind: 'folded' });
    if (syncope && nearTerms(q.term, vocab, 1).some(function (n) { return n.index !== atSyncope; })) syncope = '';
    // A short word typed with a dot is an abbreviation, which may be written longer: "jf." for "jfr.".
    if ((q.term.length >= PREFIX_MIN || q.dotted) && !/^[0-9]+$/.test(q.term)) {
      var prefixed = [];
      for (var i = exact ? at + 1 : at; i < terms.length && terms[i].lastIndexOf(q.term, 0) === 0; i++) {
        if (!sFound || i !== atOther) prefixed.push({ index: i, kind: 'prefix' });
      }
      for (var j = syncopeFound ? atSyncope + 1 : atSyncope; syncope && j < terms.length && terms[j].lastIndexOf(syncope, 0) === 0; j++) {
        prefixed.push({ index: j, kind: 'prefix' });
      }
      prefixed.sort(function (a, b) { return vocab.counts[b.index] - vocab.counts[a.index] || a.index - b.index; });
      list = list.concat(prefixed.slice(0, PREFIX_LIMIT));
    }
    var near = q.edits > 0 ? nearTerms(q.term, vocab, q.edits) : [];
    // A typo of the word with or without its final s ("kenote" for "Keynotes").
    // Only where the typed word itself finds nothing: else "leder" would find "ledelse" as a typo of "leders".
    if (q.edits > 0 && other && other !== q.term && !sFound && !exact && !shortFound) {
      near = near.concat(nearTerms(other, vocab, q.edits));
    }
    var taken = new Set(list.map(function (c) { return c.index; }));
    // A term near both forms keeps its nearer distance.
    var nearest = new Map();
    near.forEach(function (n) {
      if (!nearest.has(n.index) || n.distance < nearest.get(n.index)) nearest.set(n.index, n.distance);
    });
    nearest.forEach(function (distance, index) {
      if (!taken.has(index)) list.push({ index: index, kind: distance === 1 ? 'fuzzy1' : 'fuzzy2' });
      taken.add(index);
    });
    // Danish writes ks where other languages write x: "kodex" is one typo from "kodeks", not two.
    var ks = /x/i.test(q.word) ? term(q.word.replace(/x/g, 'ks').replace(/X/g, 'KS')) : '';
    var at2 = ks ? lowerBound(terms, ks) : -1;
    if (ks && ks !== q.term && terms[at2] === ks && !taken.has(at2)) list.push({ index: at2, kind: 'fuzzy1' });
    // A word that finds nothing else may be one typo from a word of four letters ("Juul": Juhl, "Bindr": Binder),
    // which the ordinary limits leave out as too short to tell from other words.
    if (!list.length && /^[a-z]+$/.test(q.term) && q.term.length >= SHORT_TYPO) {
      nearTerms(q.term, vocab, 1, true, SHORT_TYPO).forEach(function (n) {
        list.push({ index: n.index, kind: 'fuzzy1' });
      });
    }
    var exactCount = (exact ? 1 : 0) + (shortFound ? 1 : 0) + (sFound ? 1 : 0) + (syncopeFound ? 1 : 0);
    return { list: list, exact: exact || shortFound || sFound || syncopeFound, prefixed: list.length > exactCount,
      typo: near.some(function (n) { return n.distance === 1; }), short: shortFound };
  }

  // "mangl" (of "mangler") and "mangel" are one word's two forms: the e between a consonant and a final l or r put in
  // or taken out (not after a doubled consonant: "middel" is no "middl").
  function syncopeForm(t) {
    var m = /^([a-z]*[aeiouy][a-z]*?)([^aeiouy])([lr])$/.exec(t);
    if (m) return m[1] + m[2] + 'e' + m[3];
    m = /^([a-z]*[aeiouy][a-z]*?)([^aeiouy])e([lr])$/.exec(t);
    return m && m[1].slice(-1) !== m[2] ? m[1] + m[2] + m[3] : '';
  }

  // The term of the word with a final s taken off or put on (not after an s), where four letters are left without it.
  function sVariant(word) {
    var w = lower(word);
    if (!/^\p{L}+$/u.test(w) || /ss$/.test(w)) return '';
    var bare = /s$/.test(w) ? w.slice(0, -1) : w;
    if (Array.from(bare).length < S_BARE_MIN) return '';
    return term(bare === w ? w + 's' : bare);
  }

  // A typo may not turn the word into a shorter one than the rules allow for that one: "Thyge" is
  // no typo of "Thygesen" although the eight letters typed would allow two edits.
  function nearTerms(t, vocab, max, forSuggestion, minLength) {
    var found = [];
    for (var i = 0; i < vocab.terms.length; i++) {
      var other = vocab.terms[i];
      if (other.length < (minLength || 0)) continue;
      var limit = forSuggestion ? max : Math.min(max, editsForLength(other.length));
      if (other === t || Math.abs(other.length - t.length) > limit) continue;
      var d = editDistance(t, other, limit);
      if (d <= limit) found.push({ index: i, distance: d });
    }
    found.sort(function (a, b) {
      return a.distance - b.distance || vocab.counts[b.index] - vocab.counts[a.index] || a.index - b.index;
    });
    return found.slice(0, FUZZY_LIMIT);
  }

  function fieldScore(p) {
    var body = p.count > 0 ? 1 + 0.5 * (1 - 1 / p.count) : 0;
    return fieldWeight(p) + body;
  }

  function fieldWeight(p) {
    return p.title ? 8 : p.heading ? 4 : 0;
  }

  /*
   * How well one posting answers one query word. The tier puts exact spelling before folded spelling,
   * prefix, compound part and typo, whatever the field; the weight orders sections within a tier,
   * together with the field (title, heading, body) and the word's rarity.
   */
  function match(kind, q, vocab, index, posting) {
    var tier = TIER[kind];
    var weight = WEIGHT[kind];
    if (kind === 'exact') {
      var marks = vocab.spellings[index] || [''];
      var wanted = marks.indexOf(q.spelling);
      if (wanted < 0 || !(posting.spellings & (1 << wanted))) {
        tier = TIER.folded;
        weight = WEIGHT.folded;
      }
    }
    if (posting.part) {
      tier = Math.min(tier, TIER.part);
      weight *= PART_FACTOR;
    }
    // A term that only ends with the word ("ring" in "forandring") is no title or heading match: mostly chance.
    return { tier: tier, score: weight * fieldScore(posting), title: posting.title && tier >= TIER.part && kind !== 'tail',
      field: kind === 'tail' ? 0 : fieldWeight(posting) };
  }

  /*
   * Ranks sections for a query. Every query word must match a section (any way: exact, folded,
   * prefix, compound part or typo); only when no section has them all are partial matches shown.
   * typing: the query's last word is still being typed (the header box's dropdown), see withTails.
   */
  // Every space is one space: a pasted non-breaking space ("1.2\u00A0tillid") splits words like a typed one.
  var SPACE = /\s/g;

  function search(query, typing) {
    query = query.replace(SPACE, ' ');
    var qs = queryTerms(query);
    if (!qs.length) return Promise.resolve({ query: query, terms: qs, hits: [], partial: false, unknown: [] });
    return meta().then(function (m) {
      var available = m.groups;
      function lookup(q) {
        var g = groupOf(q.term);
        if (available.indexOf(g) < 0) return Promise.resolve({ q: q, vocab: null, found: { list: [], exact: false, prefixed: false } });
        return vocabulary(g).then(function (vocab) {
          return { q: q, vocab: vocab, found: candidates(q, vocab) };
        });
      }
      var dated = dateWords(query);
      return withPhoneNumber(qs, query, available).then(function (qs) {
        return Promise.all(qs.map(function (q) {
          return lookup(q).then(function (pt) {
            return withDateWords(pt, dated[q.term], available);
          }).then(function (pt) {
            return withOtherFirstLetter(pt, available, qs.length > 1);
          }).then(function (pt) {
            return pt.found.list.length ? [pt] : splitWord(pt, available, lookup);
          }).then(function (pts) {
            var last = typing && q === qs[qs.length - 1];
            return pts.length > 1 || pts[0].found.exact ? pts : withTails(pts[0], available, last).then(function (pt) {
              return [withLongTypos(pt)];
            });
          });
        }));
      }).then(function (lists) {
        var seen = {};
        return [].concat.apply([], lists).filter(function (pt) {
          var fresh = !seen[pt.q.term];
          seen[pt.q.term] = true;
          return fresh;
        });
      }).then(function (perTerm) {
        return Promise.all(perTerm.map(function (pt) {
          return Promise.all(pt.found.list.map(function (c) {
            return postingsOf(c.vocab || pt.vocab, c.index).then(function (postings) {
              return { candidate: c, postings: postings };
            });
          })).then(function (lists) {
            pt.lists = lists;
            return pt;
          });
        }));
      }).then(function (perTerm) {
        return phraseFirst(m, rank(m, perTerm, query));
      });
    });
  }

  /*
   * A phone number typed in groups ("28 12 21 62") is the number the index also holds joined ("28122162", see
   * IndexBuilder.collect), where it does: every window of a run's groups that adds up to eight digits is looked up,
   * and the first the index holds is searched as that term ("+45 28 12 21 62": not 45281221, but 28122162).
   */
  var PHONE_DIGITS = 8;

  function withPhoneNumber(qs, query, available) {
    var ws = words(query);
    var run = [];
    var windows = [];
    for (var i = 0; i < ws.length; i++) {
      if (!/^[0-9]{2,4}$/.test(ws[i].text)) {
        run = [];
        continue;
      }
      if (run.length && !(ws[i].start === run[run.length - 1].end + 1 && query.charAt(ws[i].start - 1) === ' ')) run = [];
      run.push(ws[i]);
      var joined = '';
      for (var k = run.length - 1; k >= 0 && joined.length < PHONE_DIGITS; k--) {
        joined = run[k].text + joined;
        if (joined.length === PHONE_DIGITS && k < run.length - 1) {
          // The groups before it in the run (a country code) go with it.
          windows.push({ term: joined, parts: run.map(function (w) { return term(w.text); }) });
        }
      }
    }
    function tryFrom(n) {
      if (n >= windows.length) return Promise.resolve(qs);
      var phone = windows[n];
      if (available.indexOf(groupOf(phone.term)) < 0) return tryFrom(n + 1);
      return vocabulary(groupOf(phone.term)).then(function (vocab) {
        if (vocab.terms[lowerBound(vocab.terms, phone.term)] !== phone.term) return tryFrom(n + 1);
        var out = [];
        qs.forEach(function (q) {
          if (phone.parts.indexOf(q.term) < 0) out.push(q);
          else if (q.term === phone.parts[0]) {
            out.push({ word: phone.term, term: phone.term, spelling: '', edits: allowedEdits(phone.term), dotted: false });
          }
        });
        return out;
      });
    }
    return tryFrom(0);
  }

  /*
   * Danish writes k where a loanword or a name has c ("Kogency" for "Cogency", "kapital" beside "Capital"): a word
   * that finds nothing is looked up with the other letter first, as one typo. Typos are otherwise looked for only
   * among the terms of the word's own first letter. Only for words of SHORT_TYPO letters: a letter with its dot
   * ("k.", "c." at a sentence's end) is no loanword.
   */
  var SOUND_ALIKE = { c: 'k', k: 'c' };

  function withOtherFirstLetter(pt, available, several) {
    var other = SOUND_ALIKE[pt.q.term.charAt(0)];
    var found = pt.found.list.length > 0;
    if ((found && !several) || !other || pt.q.term.length < SHORT_TYPO || available.indexOf(other) < 0) return Promise.resolve(pt);
    var t = other + pt.q.term.slice(1);
    return vocabulary(other).then(function (vocab) {
      var at = lowerBound(vocab.terms, t);
      if (vocab.terms[at] === t) {
        pt.found.list.push({ index: at, kind: 'fuzzy1', vocab: vocab });
        if (!found) pt.found.prefixed = true;
      }
      return pt;
    });
  }

  /*
   * A word that finds nothing may be a compound the site writes apart or holds only inside a longer one
   * ("chefkredsen" in "Personalechefkredsen"): it is searched as two words, the longest first part that is
   * an indexed term (with or without a linking s or e) and a rest that is one too.
   */
  var SPLIT_MIN = 3;

  function splitWord(pt, available, lookup) {
    var w = lower(pt.q.word);
    // Letters and a number typed together ("LUP2") are the two words the site writes apart ("LUP 2").
    var numbered = /^(\p{L}{2,})(\p{Nd}+)$/u.exec(w);
    if (pt.vocab && numbered) {
      var name = term(numbered[1]);
      if (!name || pt.vocab.terms[lowerBound(pt.vocab.terms, name)] !== name) return Promise.resolve([pt]);
      return nextCut([[numbered[1], numbered[2]]], 0);
    }
    if (!pt.vocab || !/^\p{L}+$/u.test(w) || w.length < 2 * SPLIT_MIN) return Promise.resolve([pt]);
    var cuts = [];
    for (var i = w.length - SPLIT_MIN; i >= SPLIT_MIN; i--) {
      var first = w.slice(0, i);
      var linked = /[se]$/.test(first) && i > SPLIT_MIN ? first.slice(0, -1) : null;
      [first, linked].forEach(function (f) {
        var t = f ? term(f) : '';
        if (t && groupOf(t) === pt.vocab.group && pt.vocab.terms[lowerBound(pt.vocab.terms, t)] === t) {
          cuts.push([f, w.slice(i)]);
        }
      });
    }
    return nextCut(cuts, 0);

    /* The first cut whose rest is an indexed term too, searched as its two words; else the word as it is. */
    function nextCut(cuts, k) {
      if (k >= cuts.length) return Promise.resolve([pt]);
      var rest = cuts[k][1];
      var t = term(rest);
      if (!t || available.indexOf(groupOf(t)) < 0) return nextCut(cuts, k + 1);
      return vocabulary(groupOf(t)).then(function (vocab) {
        if (vocab.terms[lowerBound(vocab.terms, t)] !== t) return nextCut(cuts, k + 1);
        return Promise.all(cuts[k].map(function (part) {
          return lookup({ word: part, term: term(part), spelling: spelling(part), edits: allowedEdits(part) });
        }));
      });
    }
  }

  /*
   * A date typed in digits ("13-02-2013", "2012-06-21", "24/1 2013", "24/1-2013", "21/6") is also the date as a
   * text writes it ("13. februar 2013"): the month's number matches its name, a day with a leading zero the day
   * without. Without a year only with a slash: "16.15" is a time, "1.2" a section, "27-28" pages.
   */
  var MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober',
    'november', 'december'];

  function dateWords(query) {
    var found = {};
    var dmy = /(?:^|[^0-9])([0-9]{1,2})([-./])([0-9]{1,2})(?:[-./ ]([0-9]{4}))?(?![0-9])/g;
    var ymd = /(?:^|[^0-9])([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?![0-9])/g;
    var m;
    var add = function (day, month) {
      var d = Number(day), mo = Number(month);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return;
      found[term(month)] = (found[term(month)] || []).concat([term(MONTHS[mo - 1])]);
      if (String(d) !== day) found[term(day)] = (found[term(day)] || []).concat([String(d)]);
    };
    while ((m = dmy.exec(query)) !== null) if (m[4] || m[2] === '/') add(m[1], m[3]);
    while ((m = ymd.exec(query)) !== null) add(m[3], m[2]);
    return found;
  }

  function withDateWords(pt, alternatives, available) {
    if (!alternatives) return Promise.resolve(pt);
    return Promise.all(alternatives.map(function (t) {
      if (available.indexOf(groupOf(t)) < 0) return null;
      return vocabulary(groupOf(t)).then(function (vocab) {
        var at = lowerBound(vocab.terms, t);
        return vocab.terms[at] === t ? { index: at, kind: 'exact', vocab: vocab } : null;
      });
    })).then(function (found) {
      found.forEach(function (c) {
        if (!c) return;
        pt.found.list.push(c);
        pt.found.exact = true;
      });
      return pt;
    });
  }

  /*
   * A word without an exact match may stand at the end of a compound the lexicon left whole ("liste" in
   * "ordliste", "vej" in a street name): indexed terms that end with it, at least TAIL_REST letters longer,
   * match as compound parts do. Only for words of TAIL_PART_MIN letters (of three, see compoundsEndingWith; for a
   * longer one every vocabulary file is loaded), and not for a word one typo from an indexed one ("Tygesen"), which
   * is most likely that word mistyped.
   * Nor while a word is still being typed in the header box and has prefix matches: each keystroke would wait
   * for every vocabulary file before the dropdown shows anything.
   */
  function withTails(pt, available, typing) {
    var t = pt.q.term;
    if (!/^[a-z]+$/.test(t) || t.length < TAIL_PART_MIN || pt.found.typo) return Promise.resolve(pt);
    var prefixed = pt.found.list.some(function (c) { return c.kind === 'prefix'; });
    if (typing && prefixed) return Promise.resolve(pt);
    var taken = new Set(pt.found.list.map(function (c) { return (c.vocab || pt.vocab).group + ':' + c.index; }));
    var found = t.length < TAIL_MIN ? compoundsEndingWith(t) : termsEndingWith(t, pt.q.word, prefixed, available);
    return found.then(function (tails) {
      tails = tails.filter(function (c) { return !taken.has(c.vocab.group + ':' + c.index); });
      tails.sort(function (a, b) {
        return b.vocab.counts[b.index] - a.vocab.counts[a.index] || (a.vocab.terms[a.index] < b.vocab.terms[b.index] ? -1 : 1);
      });
      return firstWritten(tails, t, []);
    }).then(function (tails) {
      if (tails.length) {
        pt.found.list = pt.found.list.concat(tails);
        pt.found.prefixed = true;
      }
      return pt;
    });
  }

  // The first PREFIX_LIMIT of the sorted tails, each linked one only where the text writes the word's end: the page
  // files are loaded for those the cut keeps, in rounds, not for every tail found.
  function firstWritten(tails, end, kept) {
    var round = tails.slice(0, PREFIX_LIMIT - kept.length);
    if (!round.length) return Promise.resolve(kept);
    return Promise.all(round.map(function (c) {
      return c.linked ? writtenEndsWith(c.vocab, c.index, end).then(function (ok) { return ok ? c : null; }) : c;
    })).then(function (checked) {
      kept = kept.concat(checked.filter(function (c) { return c; }));
      return firstWritten(tails.slice(round.length), end, kept);
    });
  }

  // A word of four letters or more (or one of its short forms, "hav" of "haven"): every term that ends with it.
  function termsEndingWith(t, word, prefixed, available) {
    // A short form of two or three letters ends far too many terms ("led" of "lede": "billed", "topled"), which
    // would rank above the prefix matches of a word still being typed; with none, "hav" of "haven" finds
    // "Porcelænshaven".
    var ends = [t].concat(shortStems(word).filter(function (e) { return e.length >= TAIL_MIN || !prefixed; }));
    var letters = available.split('').filter(function (g) { return /^[a-z]$/.test(g); });
    return Promise.all(letters.map(vocabulary)).then(function (vocabs) {
      var tails = [];
      vocabs.forEach(function (vocab) {
        vocab.terms.forEach(function (other, index) {
          var ending = ends.some(function (e) { return other.length >= e.length + TAIL_REST && other.slice(-e.length) === e; });
          if (ending) tails.push({ index: index, kind: 'tail', vocab: vocab, linked: false });
        });
      });
      return tails;
    });
  }

  /*
   * A word of three letters ends far too many terms by chance ("tal" in "kapital"): it counts only where the rest of
   * the term is an indexed term too, as in a compound ("keynotedag"). With a linking s or e left off the rest, only
   * where the page writes the term ending with the word: the stem may have lost an ending, and "dagsorden" (stem
   * "dagsord") is no "dags" + "ord", "afdelingsleder" no "afdelings" + "led"; "årstal" is. The index lists these
   * terms for each three-letter word (IndexWriter.addEndings), so only their vocabulary files are loaded.
   */
  function compoundsEndingWith(t) {
    return meta().then(function (m) {
      if ((m.endings || '').indexOf(t.charAt(0)) < 0) return [];
      return load('e-' + t.charAt(0)).then(function (e) {
        var listed = ((e.ends || {})[t] || []).map(function (x) { return { term: x, linked: false }; })
          .concat(((e.linked || {})[t] || []).map(function (x) { return { term: x, linked: true }; }));
        return Promise.all(listed.map(function (x) {
          return vocabulary(groupOf(x.term)).then(function (vocab) {
            var at = lowerBound(vocab.terms, x.term);
            return vocab.terms[at] === x.term ? { index: at, kind: 'tail', vocab: vocab, linked: x.linked } : null;
          });
        }));
      }).then(function (found) { return found.filter(function (c) { return c; }); });
    });
  }

  // Some section the term is posted in writes it ending with the given letters (folded), not only its stem.
  function writtenEndsWith(vocab, index, end) {
    var wanted = vocab.terms[index];
    return Promise.all([meta(), postingsOf(vocab, index)]).then(function (r) {
      var m = r[0];
      return Promise.all(r[1].map(function (p) {
        var page = m.sectionPage[p.section];
        return load('f-' + page).then(function (f) {
          var s = f.sections[p.section - m.firstSection[page]];
          return words((s[0] ? '' : f.title + ' ') + s[1] + ' ' + s[2]).some(function (w) {
            return term(w.text) === wanted && fold(lower(w.text)).replace(/\./g, '').slice(-end.length) === end;
          });
        });
      }));
    }).then(function (found) { return found.indexOf(true) >= 0; });
  }

  /*
   * A long word that finds nothing at all may be three edits off, as loanwords are spelled the way they
   * sound ("burokrati" for "bureaukrati", "autensitet" for "autenticitet").
   */
  function withLongTypos(pt) {
    if (pt.found.list.length || !pt.vocab || !/^[a-z]+$/.test(pt.q.term) || pt.q.term.length < LONG_TYPO) return pt;
    pt.found.list = nearTerms(pt.q.term, pt.vocab, 3, true, LONG_TYPO).map(function (n) {
      return { index: n.index, kind: 'fuzzy2' };
    });
    pt.found.prefixed = pt.found.list.length > 0;
    return pt;
  }

  // The content types whose text other pages show, as IndexBuilder's IncludedText keeps it: a keynote's
  // programme is shown by the annex of programmes, the report and annexes by the programme pages.
  var WRITTEN_IN = ['keynote', 'report', 'annex'];

  function writtenRank(type) {
    var at = WRITTEN_IN.indexOf(type);
    return at < 0 ? WRITTEN_IN.length : at;
  }

  function rank(m, perTerm, query) {
    var bySection = new Map();
    perTerm.forEach(function (pt) {
      var best = new Map();
      pt.lists.forEach(function (l) {
        var vocab = l.candidate.vocab || pt.vocab;
        var vocabTerm = vocab.terms[l.candidate.index];
        l.postings.forEach(function (p) {
          var found = match(l.candidate.kind, pt.q, vocab, l.candidate.index, p);
          var prior = best.get(p.section);
          if (!prior) best.set(p.section, prior = { tier: 0, score: 0, field: 0, title: false, terms: [], parts: [] });
          if (found.tier > prior.tier || (found.tier === prior.tier && found.score > prior.score)) {
            prior.tier = found.tier;
            prior.score = found.score;
            prior.field = found.field;
          }
          // A title with the word as a compound's part ("Netværksmøder") counts, whichever match scored best.
          prior.title = prior.title || found.title;
          (p.part ? prior.parts : prior.terms).push(vocabTerm);
        });
      });
      var idf = Math.log(1 + m.sections / Math.max(1, best.size));
      best.forEach(function (found, section) {
        var hit = bySection.get(section);
        if (!hit) bySection.set(section, hit = { section: section, page: m.sectionPage[section], tiers: 0,
          score: 0, matched: 0, titled: 0, headed: 0, fields: 0, terms: [], parts: [], byWord: [] });
        hit.tiers += found.tier;
        if (found.title) hit.titled++;
        hit.score += found.score * idf;
        if (found.field) hit.headed++;
        hit.fields += found.field;
        hit.matched++;
        hit.terms = hit.terms.concat(found.terms);
        hit.parts = hit.parts.concat(found.parts);
        hit.byWord.push(found.terms.concat(found.parts));
      });
    });
    var hits = Array.from(bySection.values());
    var all = hits.filter(function (h) { return h.matched === perTerm.length; });
    var partial = all.length === 0 && hits.length > 0;
    if (!partial) hits = all;
    // A page whose title has every word comes first; the front page, which only points on, comes last.
    // Among equals, the page where such text is written comes before pages that show or restate it.
    hits.forEach(function (h) {
      h.front = h.page === m.frontPage ? 1 : 0;
      h.title = h.titled === perTerm.length ? 1 : 0;
      h.written = writtenRank(m.types[Number(m.pageTypes.charAt(h.page))]);
    });
    hits.sort(function (a, b) {
      return b.matched - a.matched || a.front - b.front || b.title - a.title || b.tiers - a.tiers ||
        b.score - a.score || a.written - b.written || a.section - b.section;
    });
    hits.forEach(function (h) {
      h.type = m.types[Number(m.pageTypes.charAt(h.page))];
      h.query = query;
    });
    var unknown = perTerm.filter(function (pt) { return !pt.found.exact && !pt.found.prefixed; }).map(function (pt) { return pt.q; });
    return { query: query, terms: perTerm.map(function (pt) { return pt.q; }), hits: hits, partial: partial, unknown: unknown,
      shortForm: perTerm.length === 1 && !!perTerm[0].found.short };
  }

  /*
   * Among the first results, a section that has the query's words next to each other, in the order
   * typed ("16.15", "2500 Valby", "social kapital"), comes before one that has them apart; the title
   * rule and the front page's place stay as they are. Only the first PHRASE_WINDOW sections are read,
   * the ones the results page reads anyway to show them.
   */
  var PHRASE_WINDOW = 20;

  function phraseFirst(m, result) {
    var wanted = result.terms.map(function (q) { return q.term; });
    // A one-word query is read this way only when it is an abbreviation in capitals: its glossary entry.
    var abbreviation = wanted.length === 1 && ABBREVIATION.test(result.terms[0].word);
    // So is a word found only as the short word it is a form of ("delen" of "del"): the form as typed first.
    // Words typed around a single term ("på baggrund af") are a phrase too, though stop words count nothing.
    var several = words(result.query).length >= 2;
    if ((wanted.length < 2 && !several && !abbreviation && !result.shortForm) || result.partial || result.hits.length < 2) {
      return Promise.resolve(result);
    }
    // An abbreviation typed beside other words ("DIL-uddannelse") also stands for what its glossary entry says.
    var abbreviations = result.terms.filter(function (q) { return ABBREVIATION.test(q.word); }).map(function (q) { return q.term; });
    var dated = dateWords(result.query);
    var joined = joinedChunks(result.query);
    var letters = words(result.query).map(function (w) { return term(w.text) ? '' : letterOf(w.text); }).filter(Boolean);
    var inPhrase = letters.length ? words(result.query).map(function (w) { return term(w.text) || letterOf(w.text); })
      .filter(Boolean) : wanted;
    var top = result.hits.slice(0, PHRASE_WINDOW);
    return Promise.all(top.map(function (h, i) {
      h.order = i;
      return load('f-' + h.page).then(function (f) {
        var s = f.sections[h.section - m.firstSection[h.page]];
        var text = (s[0] ? '' : f.title + ' ') + s[1] + ' ' + s[2];
        h.phrase = hasPhrase(text, inPhrase, dated) ? 1 : 0;
        h.joined = joined.length && joined.every(function (c) { return writesJoined(text, c); }) ? 1 : 0;
        h.named = namedBy(s[1], wanted) || namedBy(s[2], wanted) || (!s[0] && namedBy(f.title, wanted)) ? 1 : 0;
        var heading = s[0] ? s[1] : f.title;
        h.about = h.headed === wanted.length && inOrder(heading, h.byWord) && letters.every(function (l) {
          return phraseTerms(heading, letters).indexOf(l) >= 0;
        }) ? 1 : 0;
        h.entry = h.named || abbreviations.some(function (a) { return namedBy(s[1], [a]); }) ? 1 : 0;
        h.pageTitle = f.title;
        h.text = s[2];
      });
    })).then(function () {
      // After an abbreviation's glossary entry, the page whose title is what the entry says it stands for
      // ("DIL": the page "Diplomuddannelse i Ledelse"), before pages that only use the abbreviation; beside other
      // words, the entry's heading is the abbreviation alone ("DIL-uddannelse": that page first).
      var expansions = abbreviations.length ? top.filter(function (h) { return h.entry; }).map(function (h) {
        return words(h.text).map(function (w) { return term(w.text); }).filter(function (t) { return t; });
      }) : [];
      top.forEach(function (h) {
        h.expanded = h.pageTitle && expansions.some(function (e) { return namedBy(h.pageTitle, e); }) ? 1 : 0;
      });
      top.sort(function (a, b) {
        return a.front - b.front || b.named - a.named || b.expanded - a.expanded || b.title - a.title ||
          b.about - a.about || b.phrase - a.phrase || b.joined - a.joined || (wanted.length > 1 ? whereWritten(a, b) : 0) || a.order - b.order;
      });
      result.hits = top.concat(result.hits.slice(PHRASE_WINDOW));
      return result;
    });
  }

  /*
   * Among sections that match several words as well (tiers) and have as many of them in a heading or title, the
   * page where the text is written before one that shows or restates it, however often each repeats the words:
   * the timeline, one long section of dates, writes "2013" ten times, the report's section it points to once.
   * A section that has the words only in an abbreviation's expansion (score 0) still comes after.
   */
  function whereWritten(a, b) {
    return b.tiers - a.tiers || (b.score > 0) - (a.score > 0) || b.headed - a.headed || b.fields - a.fields ||
      a.written - b.written || b.score - a.score;
  }

  /*
   * A heading (or a page's title) that is the query and nothing more names what was asked for: the
   * glossary entry "LUP" before the pages titled "LUP 2" and "LUP 3", the page "LUP 2" before the annex
   * whose title also has the words. So does a section whose whole text is the query: the glossary entry
   * that a name on every page is the explanation of.
   */
  function namedBy(text, wanted) {
    var ts = phraseTerms(text, wanted);
    return ts.length === wanted.length && ts.every(function (t, i) { return t === wanted[i]; });
  }

  // A letter with its dot not asked for ("d." in "festsal d. 21. juni") is skipped as a stop word is.
  function phraseTerms(text, wanted) {
    return words(text).map(function (w) { return term(w.text) || letterOf(w.text); }).filter(function (t) {
      return t && (t.length > 1 || /[0-9]/.test(t) || wanted.indexOf(t) >= 0);
    });
  }

  /*
   * A heading with every word of the query, in the order typed, however each matched (a glossary entry "Claus
   * Juhl" for "Klaus Juhl"), is about what was asked for: it comes before text that has the words next to each
   * other, as a name is mentioned. byWord: the terms each query word matched in the section, in the query's order.
   */
  function inOrder(text, byWord) {
    var ts = words(text).map(function (w) { return term(w.text); });
    var at = -1;
    return byWord.every(function (matched) {
      for (var j = at + 1; j < ts.length; j++) {
        if (ts[j] && matched.some(function (m) { return m === ts[j] || (m.length >= MIN_STEM && ts[j].indexOf(m) >= 0); })) {
          at = j;
          return true;
        }
      }
      return false;
    });
  }

  // dated: a date typed in digits is a phrase written out too ("13-02-2013": "13. februar 2013"; see dateWords).
  /*
   * Words typed joined by a dot or a hyphen ("1.2", "KK-forhold") are a section number or a compound: a text that
   * writes them joined so comes before one that has them next to each other otherwise ("fase 1, 2", "i forhold til
   * KK"). A date is left out: the written-out date is the same date ("13-02-2013", see dateWords).
   */
  function joinedChunks(query) {
    return query.split(/\s+/).map(function (c) {
      return lower(c).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    }).filter(function (c) {
      return words(c).length > 1 && !Object.keys(dateWords(c)).length;
    });
  }

  function writesJoined(text, chunk) {
    var t = lower(text);
    for (var at = t.indexOf(chunk); at >= 0; at = t.indexOf(chunk, at + 1)) {
      var before = t.charAt(at - 1), after = t.charAt(at + chunk.length);
      if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    }
    return false;
  }

  // A single letter is no term, but typed beside a word it says which one ("hold C": "LUP 3 hold C, D").
  function letterOf(word) {
    return /^\p{L}$/u.test(word) ? lower(word) : '';
  }

  function hasPhrase(text, wanted, dated) {
    var ts = phraseTerms(text, wanted);
    var same = function (t, w) { return t === w || (!!dated && (dated[w] || []).indexOf(t) >= 0); };
    for (var i = 0; i + wanted.length <= ts.length; i++) {
      var k = 0;
      while (k < wanted.length && same(ts[i + k], wanted[k])) k++;
      if (k === wanted.length) return true;
    }
    return false;
  }

  /* ---------- "Mente du …?" ---------- */

  // The closest term the site uses, shown as the site writes it (the index holds only stems).
  function suggest(result) {
    if (!result.unknown.length) return Promise.resolve(null);
    return meta().then(function (m) {
      return Promise.all(result.terms.map(function (q) {
        if (result.unknown.indexOf(q) < 0) return Promise.resolve(q.word);
        var g = groupOf(q.term);
        if (m.groups.indexOf(g) < 0) return Promise.resolve(null);
        return vocabulary(g).then(function (vocab) {
          var near = nearTerms(q.term, vocab, Math.max(1, Math.min(2, q.edits + 1)), true);
          if (!near.length) return null;
          return writtenForm(vocab, near[0].index, m);
        });
      }));
    }).then(function (replacements) {
      if (replacements.indexOf(null) >= 0) return null;
      return replacements.join(' ');
    }).catch(function () { return null; });
  }

  function writtenForm(vocab, index, m) {
    var wanted = vocab.terms[index];
    return postingsOf(vocab, index).then(function (postings) {
      var direct = postings.filter(function (p) { return !p.part; })[0] || postings[0];
      var page = m.sectionPage[direct.section];
      return load('f-' + page).then(function (f) {
        var s = f.sections[direct.section - m.firstSection[page]];
        var text = [f.title, s[1], s[2]].join(' ');
        var hit = words(text).filter(function (w) { return term(w.text) === wanted; })[0];
        return hit ? hit.text : wanted;
      });
    });
  }

  /* ---------- presenting results ---------- */

  // Every text shown comes from the page (templates/lib/strings.ftl, as data-search-text on the search form).
  var TEXT = (function () {
    var holder = document.querySelector('[data-search-text]');
    try {
      return holder ? JSON.parse(holder.getAttribute('data-search-text')) : {};
    } catch (e) {
      return {};
    }
  })();

  function t(key, values) {
    var text = Object.prototype.hasOwnProperty.call(TEXT, key) ? TEXT[key] : key;
    return text.replace(/\{(\w+)\}/g, function (all, name) {
      return values && Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  /** A content type as readers see it: its label from the site's registry of types, which the index carries. */
  function typeLabel(m, type) {
    var label = m.typeLabels && m.typeLabels[type];
    return label ? label.toLocaleLowerCase('da') : type;
  }

  /** The types the filter offers, in the registry's order. */
  function typeOrder(m) {
    var order = Object.keys(m.typeLabels || {});
    return order.concat(m.types.filter(function (t) { return order.indexOf(t) < 0; }));
  }

  var SNIPPET_WORDS = 28;
  var LEAD_IN_WORDS = 6;

  function details(hit) {
    return meta().then(function (m) {
      return load('f-' + hit.page).then(function (f) {
        var s = f.sections[hit.section - m.firstSection[hit.page]];
        var target = new URL(f.path.split('/').map(encodeURIComponent).join('/'), siteRoot);
        // The page marks the words it was found by (see markLanding).
        if (hit.query) target.search = '?q=' + encodeURIComponent(hit.query);
        if (s[0]) target.hash = encodeURIComponent(s[0]);
        return { href: relativeHref(target), title: f.title, type: f.type, typeLabel: typeLabel(m, f.type),
          heading: s[1], text: s[2], hit: hit, description: f.description || '',
          own: hit.section === m.firstSection[hit.page], also: s[3] || [] };
      });
    });
  }

  // Links stay relative so the site keeps working when moved or opened from another folder.
  function relativeHref(target) {
    var here = new URL(location.href);
    if (here.protocol !== target.protocol || here.host !== target.host) return target.href;
    var from = here.pathname.split('/');
    from.pop();
    var to = target.pathname.split('/');
    var i = 0;
    while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
    var up = '';
    for (var k = i; k < from.length; k++) up += '../';
    return (up + to.slice(i).join('/') || './') + target.search + target.hash;
  }

  // Compounds count as matched when they contain a matched term: "tillidsledelse" for "ledelse".
  function isMatchedWord(word, hit) {
    var t = term(word);
    if (!t) return false;
    if (hit.terms.indexOf(t) >= 0 || hit.parts.indexOf(t) >= 0) return true;
    return hit.terms.concat(hit.parts).some(function (m) {
      return m.length >= MIN_STEM && t.length > m.length && t.indexOf(m) >= 0;
    });
  }

  // A window of the section text around the most matched words; text is only ever added as text nodes.
  function snippet(text, hit) {
    var ws = words(text);
    var matched = ws.map(function (w) { return isMatchedWord(w.text, hit); });
    // Most matched words first; among equal windows, the one that gives the first match some lead-in.
    var bestStart = 0, bestCount = -1, bestLead = Infinity;
    for (var start = 0; start < Math.max(1, ws.length - SNIPPET_WORDS + 1); start++) {
      var count = 0, first = -1;
      for (var k = start; k < Math.min(ws.length, start + SNIPPET_WORDS); k++) {
        if (matched[k]) {
          count++;
          if (first < 0) first = k;
        }
      }
      var lead = first < 0 ? 0 : Math.abs(first - start - LEAD_IN_WORDS);
      if (count > bestCount || (count === bestCount && lead < bestLead)) {
        bestCount = count;
        bestStart = start;
        bestLead = lead;
      }
    }
    var end = Math.min(ws.length, bestStart + SNIPPET_WORDS);
    var frag = document.createDocumentFragment();
    if (!ws.length) return frag;
    var from = bestStart > 0 ? ws[bestStart].start : 0;
    var to = end < ws.length ? ws[end - 1].end : text.length;
    if (bestStart > 0) frag.appendChild(document.createTextNode('… '));
    var cursor = from;
    for (var i = bestStart; i < end; i++) {
      if (!matched[i]) continue;
      frag.appendChild(document.createTextNode(text.slice(cursor, ws[i].start)));
      var mark = document.createElement('mark');
      mark.textContent = ws[i].text;
      frag.appendChild(mark);
      cursor = ws[i].end;
    }
    frag.appendChild(document.createTextNode(text.slice(cursor, to)));
    if (end < ws.length) frag.appendChild(document.createTextNode(' …'));
    return frag;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function resultLink(d) {
    var a = el('a', 'search-result-link');
    a.href = d.href;
    a.appendChild(el('span', 'search-result-title', d.title));
    if (d.heading) a.appendChild(el('span', 'search-result-section', d.heading));
    return a;
  }

  function hasMatchedWord(text, hit) {
    return words(text).some(function (w) { return isMatchedWord(w.text, hit); });
  }

  function snippetText(d) {
    var inText = hasMatchedWord(d.text || '', d.hit);
    // The page's own description says best what a page is about when the words were found in its title or
    // facts rather than in the text before its first heading; where the text has them, the text shows where.
    if (d.own && d.description && !inText) return d.description;
    // A glossary entry is found by its term, its heading: the snippet then reads "term: explanation".
    if (d.heading && d.text && !inText && hasMatchedWord(d.heading, d.hit)) return d.heading + ': ' + d.text;
    return d.text || d.heading || '';
  }

  function resultBody(d, container) {
    var metaLine = el('span', 'search-result-type', d.typeLabel);
    container.appendChild(metaLine);
    var p = el('p', 'search-result-snippet');
    p.appendChild(snippet(snippetText(d), d.hit));
    container.appendChild(p);
  }

  // Text a page shows from another with include:: is indexed once, where it is written; the result names
  // the pages that show it too, at the section that shows it.
  function alsoOn(d) {
    if (!d.also.length) return null;
    var p = el('p', 'search-result-also', t('alsoOn') + ' ');
    d.also.forEach(function (place, i) {
      if (i) p.appendChild(document.createTextNode(', '));
      var target = new URL(place[0].split('/').map(encodeURIComponent).join('/'), siteRoot);
      if (d.hit.query) target.search = '?q=' + encodeURIComponent(d.hit.query);
      if (place[2]) target.hash = encodeURIComponent(place[2]);
      var a = el('a', 'search-result-also-link', place[1]);
      a.href = relativeHref(target);
      p.appendChild(a);
    });
    return p;
  }

  function countText(n) {
    return n === 1 ? t('one') : t('many', { n: n });
  }

  function searchPageHref(query) {
    return relativeHref(new URL('search.html?q=' + encodeURIComponent(query), siteRoot));
  }

  function appendSuggestion(container, suggestion, lead) {
    var p = el('p', 'search-suggestion', lead);
    var a = el('a', null, suggestion);
    a.href = searchPageHref(suggestion);
    p.appendChild(a);
    p.appendChild(document.createTextNode('?'));
    container.appendChild(p);
    return a;
  }

  /* ---------- search.html ---------- */

  var PAGE_SIZE = 20;

  function resultsPage(results) {
    var input = document.getElementById('search-page-q');
    var status = document.getElementById('search-status');
    var filter = document.getElementById('search-filter');
    var params = new URLSearchParams(location.search);
    var query = (params.get('q') || '').trim();
    if (input) input.value = query;
    var hidden = new Set();
    var shownTypes = params.getAll('type');
    var current = null;
    var shown = 0;

    function visible() {
      return current.hits.filter(function (h) { return !hidden.has(h.type); });
    }

    function render() {
      results.textContent = '';
      shown = 0;
      var hits = visible();
      var total = current.hits.length;
      var text;
      if (!total) {
        text = t('none', { q: query });
      } else {
        text = t('forQuery', { count: countText(hits.length), q: query }) +
          (hits.length < total ? t('withoutFilter', { n: total }) : '') + '.';
        if (current.partial) text += t('partial');
      }
      status.textContent = text;
      suggest(current).then(function (s) {
        if (s && s.toLowerCase() !== query.toLowerCase()) appendSuggestion(status, s, t('didYouMean'));
      });
      var list = el('ol', 'search-results-list');
      results.appendChild(list);
      more(list, hits);
    }

    function more(list, hits) {
      var batch = hits.slice(shown, shown + PAGE_SIZE);
      shown += batch.length;
      var old = results.querySelector('.search-more');
      if (old) old.remove();
      results.setAttribute('aria-busy', 'true');
      return Promise.all(batch.map(details)).then(function (ds) {
        results.setAttribute('aria-busy', 'false');
        ds.forEach(function (d) {
          var li = el('li', 'search-result');
          li.appendChild(resultLink(d));
          resultBody(d, li);
          var also = alsoOn(d);
          if (also) li.appendChild(also);
          list.appendChild(li);
        });
        if (shown < hits.length) {
          var button = el('button', 'search-more', t('more'));
          button.type = 'button';
          button.addEventListener('click', function () {
            more(list, hits).then(function () {
              var next = list.children[shown - batch.length];
              if (next) next.querySelector('a').focus();
            });
          });
          results.appendChild(button);
        }
      });
    }

    // The address says which types are shown, so a filtered list can be bookmarked or shared.
    function keepFilterInUrl(present) {
      var next = new URLSearchParams();
      next.set('q', query);
      if (hidden.size) present.filter(function (t) { return !hidden.has(t); }).forEach(function (t) { next.append('type', t); });
      history.replaceState(null, '', '?' + next.toString() + location.hash);
    }

    function buildFilter(m) {
      if (!filter) return;
      var present = typeOrder(m).filter(function (t) { return m.types.indexOf(t) >= 0; });
      if (present.length < 2) return;
      if (shownTypes.length) {
        present.forEach(function (t) { if (shownTypes.indexOf(t) < 0) hidden.add(t); });
      }
      present.forEach(function (type) {
        var label = el('label', 'search-filter-option');
        var box = document.createElement('input');
        box.type = 'checkbox';
        box.name = 'type';
        box.value = type;
        box.checked = !hidden.has(type);
        box.addEventListener('change', function () {
          if (box.checked) hidden.delete(type); else hidden.add(type);
          keepFilterInUrl(present);
          if (current) render();
        });
        label.appendChild(box);
        label.appendChild(document.createTextNode(' ' + typeLabel(m, type)));
        filter.appendChild(label);
      });
      filter.hidden = false;
    }

    if (!query) {
      status.textContent = t('empty');
      results.setAttribute('aria-busy', 'false');
      return;
    }
    status.textContent = t('searching');
    results.setAttribute('aria-busy', 'true');
    meta().then(function (m) {
      buildFilter(m);
      return search(query);
    }).then(function (r) {
      current = r;
      if (!r.terms.length) {
        status.textContent = t('onlyStopWords');
        results.setAttribute('aria-busy', 'false');
        return;
      }
      render();
    }).catch(function () {
      status.textContent = t('unavailable');
      results.setAttribute('aria-busy', 'false');
    });
  }

  /* ---------- the header box ---------- */

  var DROPDOWN_SIZE = 6;
  var DEBOUNCE_MS = 150;
  var boxes = 0;

  function headerBox(form) {
    var input = form.querySelector('input[type=search]');
    if (!input) return;
    var id = 'site-search-listbox' + (boxes++ ? '-' + boxes : '');
    var panel = el('div', 'site-search-panel');
    panel.hidden = true;
    var list = el('ul', 'site-search-options');
    list.id = id;
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', t('listbox'));
    var live = el('p', 'site-search-live');
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    panel.appendChild(list);
    form.appendChild(panel);
    form.appendChild(live);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);

    var timer = null;
    var generation = 0;
    var active = -1;

    function options() {
      return Array.prototype.slice.call(list.querySelectorAll('[role=option]'));
    }

    function open(yes) {
      if (yes && panel.hidden) {
        var box = form.getBoundingClientRect();
        panel.classList.toggle('site-search-panel-end', box.left + Math.min(576, window.innerWidth) > window.innerWidth);
      }
      panel.hidden = !yes;
      input.setAttribute('aria-expanded', yes ? 'true' : 'false');
      if (!yes) activate(-1);
    }

    function activate(index) {
      var opts = options();
      opts.forEach(function (o, i) { o.setAttribute('aria-selected', i === index ? 'true' : 'false'); });
      active = index;
      if (index >= 0 && opts[index]) {
        input.setAttribute('aria-activedescendant', opts[index].id);
        opts[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function option(child) {
      var li = el('li', 'site-search-option');
      li.id = id + '-' + list.children.length;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.appendChild(child);
      list.appendChild(li);
      return li;
    }

    function run() {
      var query = input.value.trim();
      var mine = ++generation;
      if (!query) {
        list.textContent = '';
        live.textContent = '';
        open(false);
        return;
      }
      search(query, !/\s$/.test(input.value)).then(function (r) {
        if (mine !== generation) return null;
        return Promise.all(r.hits.slice(0, DROPDOWN_SIZE).map(details)).then(function (ds) {
          if (mine !== generation) return;
          list.textContent = '';
          ds.forEach(function (d) {
            var a = resultLink(d);
            a.tabIndex = -1;
            resultBody(d, a);
            option(a);
          });
          if (r.hits.length > DROPDOWN_SIZE) {
            var all = el('a', 'site-search-all', t('all', { count: countText(r.hits.length) }));
            all.href = searchPageHref(query);
            all.tabIndex = -1;
            option(all);
          }
          if (!r.terms.length) {
            live.textContent = t('onlyStopWordsShort');
          } else if (!r.hits.length) {
            live.textContent = t('none', { q: query });
          } else {
            live.textContent = countText(r.hits.length) + '.';
          }
          open(ds.length > 0 || !!r.terms.length);
          if (!r.hits.length && r.terms.length) {
            var li = option(el('span', 'site-search-empty', t('noneShort')));
            li.setAttribute('aria-disabled', 'true');
            suggest(r).then(function (s) {
              if (mine !== generation || !s || s.toLowerCase() === query.toLowerCase()) return;
              var a = el('a', 'site-search-suggestion', t('didYouMeanShort', { s: s }));
              a.href = searchPageHref(s);
              a.tabIndex = -1;
              option(a);
              live.textContent = t('noneDidYouMean', { s: s });
            });
          }
        });
      }).catch(function () {
        if (mine === generation) live.textContent = t('unavailableShort');
      });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(run, DEBOUNCE_MS);
    });
    input.addEventListener('focus', function () {
      meta().catch(function () {});
      if (list.children.length && input.value.trim()) open(true);
    });
    input.addEventListener('keydown', function (e) {
      var opts = options();
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!opts.length) return;
        e.preventDefault();
        open(true);
        var step = e.key === 'ArrowDown' ? 1 : -1;
        activate(active < 0 ? (step > 0 ? 0 : opts.length - 1) : (active + step + opts.length) % opts.length);
      } else if (e.key === 'Enter' && active >= 0 && opts[active]) {
        var link = opts[active].querySelector('a');
        if (link) {
          e.preventDefault();
          location.href = link.href;
        }
      } else if (e.key === 'Escape') {
        if (!panel.hidden) {
          e.preventDefault();
          open(false);
        } else if (input.value) {
          e.preventDefault();
          input.value = '';
          list.textContent = '';
          live.textContent = '';
        }
      }
    });
    list.addEventListener('mousedown', function (e) {
      // Keeps focus in the box so the click reaches the link before the panel closes.
      e.preventDefault();
    });
    form.addEventListener('focusout', function () {
      setTimeout(function () {
        if (!form.contains(document.activeElement)) open(false);
      }, 0);
    });
  }

  function slashFocuses() {
    document.addEventListener('keydown', function (e) {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      var t = e.target;
      if (t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName))) return;
      var box = document.getElementById('search-page-q') || document.getElementById('site-search-q') ||
        document.querySelector('[role=search] input[type=search]');
      if (box) {
        e.preventDefault();
        box.focus();
        box.select();
      }
    });
  }

  /* ---------- landing on a result ---------- */

  // Marks, in the page's main text, the words a result link's ?q= was found by: the words themselves,
  // their inflections and the compounds that contain them.
  function markLanding() {
    var query = new URLSearchParams(location.search).get('q');
    var main = document.querySelector('main');
    if (!query || !main) return;
    var wanted = queryTerms(query).map(function (q) { return q.term; });
    if (!wanted.length) return;
    var pseudoHit = { terms: wanted, parts: [] };
    var walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest('script, style, mark, [role=search], .no-index')
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    var first = null;
    nodes.forEach(function (node) {
      var text = node.nodeValue;
      var ws = words(text).filter(function (w) { return isMatchedWord(w.text, pseudoHit); });
      if (!ws.length) return;
      var frag = document.createDocumentFragment();
      var cursor = 0;
      ws.forEach(function (w) {
        frag.appendChild(document.createTextNode(text.slice(cursor, w.start)));
        var mark = el('mark', 'search-landing', w.text);
        frag.appendChild(mark);
        if (!first) first = mark;
        cursor = w.end;
      });
      frag.appendChild(document.createTextNode(text.slice(cursor)));
      node.parentNode.replaceChild(frag, node);
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form.site-search'), headerBox);
    slashFocuses();
    var results = document.getElementById('search-results');
    if (results) resultsPage(results); else markLanding();
  }

  // For tests and for trying queries from the console; the page itself needs none of it.
  global.tillidSearch = { term: term, spelling: spelling, allowedEdits: allowedEdits, words: termApi.words,
    search: search, details: details, suggest: suggest };

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof window !== 'undefined' ? window : this);
