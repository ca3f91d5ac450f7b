// site-gen's side of lunr 2.3.9, loaded right after lunr.js: by the generator in GraalJS when it
// builds the index, and by the browser when it searches. Both must see the same pipeline.
(function (global) {
  'use strict';

  var lunr = global.lunr;

  // lunr's own trimmer strips \W, which is every character outside [A-Za-z0-9_]: it cuts accented
  // words apart and turns Korean, Japanese or Greek words into nothing. This one trims what is
  // neither a letter, a number nor a mark (the vowel signs of Hindi or Thai are marks).
  var edges = /^[^\p{L}\p{N}\p{M}]+|[^\p{L}\p{N}\p{M}]+$/gu;

  function isAsciiLetterOrDigit(c) {
    return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  }

  function isAsciiOther(c) {
    return c < 128 && !isAsciiLetterOrDigit(c);
  }

  // The same as s.replace(edges, ''), which is all this needs to be. But GraalJS, interpreted
  // at build time, spends more on that regex than on anything else a token goes through, so
  // ASCII at the edges is looked at first and most tokens never reach the regex.
  function trim(s) {
    var start = 0, end = s.length;
    while (start < end && isAsciiOther(s.charCodeAt(start))) { start++; }
    while (end > start && isAsciiOther(s.charCodeAt(end - 1))) { end--; }
    s = s.slice(start, end);
    if (s !== '' && !(isAsciiLetterOrDigit(s.charCodeAt(0)) && isAsciiLetterOrDigit(s.charCodeAt(s.length - 1)))) {
      s = s.replace(edges, '');
    }
    return s;
  }

  // A token with nothing left, such as `**` or `|`, is dropped: lunr would index it as the empty
  // term, which no query can find and which only inflates field lengths.
  function trimmer(token) {
    token.update(trim);
    return token.toString() === '' ? undefined : token;
  }

  // Registered under lunr's own name, so that an index built here loads wherever this file is
  // loaded. Deleted first: registering over a name warns on the console.
  delete lunr.Pipeline.registeredFunctions.trimmer;
  lunr.Pipeline.registerFunction(trimmer, 'trimmer');
  lunr.trimmer = trimmer;

  // lunr splits words at white space and hyphens only, so `cleanup/refactor/deslop`, as skills
  // list alternatives, `max_retries` and `pyproject.toml` were each one token that only its first
  // word found. Slashes, underscores and dots split words too, in the index and in queries (lunr's
  // query lexer keeps a copy of the separator of its own): `retries` finds `max_retries` and
  // `toml` finds `pyproject.toml`, and `max_retries` still finds it, by both words.
  lunr.tokenizer.separator = lunr.QueryLexer.termSeparator = /[\s\-\/_.]+/;

  // Chinese and Japanese leave no spaces between words, so lunr's tokenizer makes a whole
  // sentence one token, which only that sentence finds. Without a dictionary, search engines cut
  // their ideographs and kana into overlapping pairs of characters (bigrams); so does this, at
  // build time and on a query alike, and a query's pairs, all required, find it in a sentence.
  // What is neither (Latin letters or digits beside them, punctuation) is trimmed and stays whole.
  // Korean, written with spaces, is left to the tokenizer.
  var cjkClass = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\u30FC';
  var ideographsAndKana = new RegExp('[' + cjkClass + ']', 'u');
  var cjkAndRest = new RegExp('([' + cjkClass + ']+)|[^' + cjkClass + ']+', 'gu');

  // Every ideograph and kana lies at or above U+3040 (or in a surrogate pair): a look at the
  // character codes keeps the regexes, slow in GraalJS, away from the tokens of other languages.
  function holdsCjk(s) {
    for (var i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) >= 0x3040) { return ideographsAndKana.test(s); }
    }
    return false;
  }

  // The parts of a string: each run of ideographs and kana as its pairs of characters, or as
  // itself when it is one character; what lies between them, trimmed, whole. A string without
  // ideographs or kana is its only part, as it is.
  function cjkParts(s) {
    if (!holdsCjk(s)) { return [s]; }
    var parts = [], match;
    cjkAndRest.lastIndex = 0;
    while ((match = cjkAndRest.exec(s))) {
      if (match[1] === undefined) {
        var rest = trim(match[0]);
        if (rest !== '') { parts.push(rest); }
        continue;
      }
      var characters = Array.from(match[1]);
      if (characters.length === 1) { parts.push(characters[0]); }
      for (var i = 1; i < characters.length; i++) { parts.push(characters[i - 1] + characters[i]); }
    }
    return parts;
  }

  function cjkPairs(token) {
    var parts = cjkParts(token.toString());
    if (parts.length === 1 && parts[0] === token.toString()) { return token; }
    return parts.map(function (part) { return token.clone(function () { return part; }); });
  }

  lunr.Pipeline.registerFunction(cjkPairs, 'cjkPairs');

  // lunr's default pipelines, with the trimmer at search time too: a query such as `(pydantic)`
  // or `c++` then finds what the same text finds in a page. Pairs are cut before the stemmer,
  // which then sees the Latin words beside ideographs alone.
  var indexPipeline = [trimmer, cjkPairs, lunr.stopWordFilter, lunr.stemmer];
  var searchPipeline = [trimmer, cjkPairs, lunr.stemmer];

  // Build time. Takes tokens joined by '\n' and answers one line per token, holding each term
  // the index pipeline made of it preceded by '\t' (an empty line: the token was dropped).
  // Strings in and out: one call for many tokens, and no host access needed. Every function
  // of the pipeline looks at one token alone, so what follows the trimmer runs once for each
  // trimmed form, however many tokens trim to it (`word`, `word,` and `(word)`), in any call.
  var afterTrimmer = new lunr.Pipeline();
  afterTrimmer.add.apply(afterTrimmer, indexPipeline.slice(1));
  var linesAfterTrimmer = new Map();
  function terms(joinedTokens) {
    return joinedTokens.split('\n').map(function (text) {
      var token = trimmer(new lunr.Token(text));
      if (token === undefined) { return ''; }
      var trimmed = token.toString(), line = linesAfterTrimmer.get(trimmed);
      if (line === undefined) {
        line = afterTrimmer.runString(trimmed).map(function (term) { return '\t' + term; }).join('');
        linesAfterTrimmer.set(trimmed, line);
      }
      return line;
    }).join('\n');
  }

  // Turns the compact index the generator writes into the JSON shape lunr.Builder serialises,
  // by reshaping alone: every score was computed at build time and is stored once, x1000.
  // For each term (in lunr's term-index order) and each field, `counts` says how many documents
  // follow in `docs` (gaps from the previous document) and `scores`. Document refs are their
  // numbers; fields come in order within a document, as lunr.Builder.add adds them.
  function expand(compact) {
    var fields = compact.fields, fieldCount = fields.length, documentCount = compact.documentCount;
    var vectors = new Array(documentCount * fieldCount);
    for (var v = 0; v < vectors.length; v++) { vectors[v] = []; }
    var invertedIndex = new Array(compact.terms.length);
    // What lunr keeps about a match in a document: nothing, as lunr.Builder keeps no metadata
    // by default. One object for all, since lunr only ever reads it.
    var noMetadata = Object.freeze({});
    var count = 0, posting = 0;
    for (var t = 0; t < compact.terms.length; t++) {
      var entry = { _index: t };
      for (var f = 0; f < fieldCount; f++) {
        var refs = {}, doc = 0;
        for (var n = compact.counts[count++]; n > 0; n--, posting++) {
          doc += compact.docs[posting];
          refs[doc] = noMetadata;
          // Terms come in term-index order, so every vector is built sorted, as lunr keeps it.
          vectors[doc * fieldCount + f].push(t, compact.scores[posting] / 1000);
        }
        entry[fields[f]] = refs;
      }
      invertedIndex[t] = [compact.terms[t], entry];
    }
    invertedIndex.sort(function (a, b) { return a[0] < b[0] ? -1 : 1; });
    return {
      version: compact.version,
      fields: fields,
      fieldVectors: vectors.map(function (elements, i) {
        return [fields[i % fieldCount] + '/' + Math.floor(i / fieldCount), elements];
      }),
      invertedIndex: invertedIndex,
      pipeline: compact.pipeline
    };
  }

  function load(compact) {
    return lunr.Index.load(expand(compact));
  }

  // Searches with what a reader typed, as they type it, and never throws on it. lunr's query
  // syntax works (title:x, +must, -not, pre*, fuzzy~1, boost^2); the last word also matches as
  // the start of a longer one from its third letter on, so `pyd` finds Pydantic (earlier words
  // are whole; a shorter prefix would match too much of the index to be quick or useful); text
  // that is not valid syntax is searched as plain words, a colon as part of one; a term that can
  // match nothing, such as `*` (everything, slowly) or `+!!` (nothing after trimming, which lunr
  // trips over), is left out; and an edit distance above 2, which costs lunr time exponential in
  // it, is 2.
  // Plain words are first looked for all together, as documentation search is expected to: the
  // sections with them all come first, then those with any of them (lunr's own way); only when
  // none has any are they taken as misspelt. Whole words come before the last word's longer ones,
  // which only start with it: `app` lists what says app before what says apple, though apple,
  // the rarer word, would score higher.
  function search(index, text) {
    var clauses;
    try {
      clauses = parse(index, text);
    } catch (e) {
      if (!(e instanceof lunr.QueryParseError)) { throw e; }
      try {
        // A colon that names no field is part of a word, as in a command such as `sw:e2e`.
        clauses = parse(index, text.replace(/[~^+\-*\\]/g, ' ').replace(/:/g, '\\:'));
      } catch (again) {
        if (!(again instanceof lunr.QueryParseError)) { throw again; }
        return [];
      }
    }
    if (clauses.length === 0) { return []; }
    var found = [], seen = new Set();
    tiers(clauses).forEach(function (query) {
      run(index, query).forEach(function (result) {
        if (!seen.has(result.ref)) { seen.add(result.ref); found.push(result); }
      });
    });
    var retry = found.length ? [] : misspelt(index, clauses);
    if (!retry.length) { return found; }
    var similar = run(index, retry);
    similar.misspelt = true;
    return similar;
  }

  // The queries a search runs, best first, each adding what those before it did not find: every
  // word whole; every word, the last as the start of a word; any word whole; any word, the last
  // also as the start of one. A word typed whole is looked for whole too, since the index holds
  // stems: `validation*` misses the `valid` that `validation` is there as.
  function tiers(clauses) {
    var whole = clauses.filter(function (c) { return !c.startOfLastWord; });
    var started = whole.length < clauses.length ? clauses.slice(0, -2).concat(clauses.slice(-1)) : null;
    return [allWords(whole), started && allWords(started), whole, started && clauses].filter(function (query) {
      return query && query.length;
    });
  }

  // A last try, when nothing matched: the same query, with each word of five letters or more that
  // it looks for taken as misspelt by a letter, or by two from eight letters on (`kuberntes` finds
  // Kubernetes), or as the start of a term its first letters spell; none when no word is long
  // enough. lunr compares stems, so edit distance alone misses slips that change the stem.
  function misspelt(index, clauses) {
    var widened = false;
    var retry = [];
    clauses.forEach(function (c) {
      if (!c.usePipeline || c.editDistance !== undefined || c.term.length < 5 || c.presence === lunr.Query.presence.PROHIBITED) {
        retry.push(c);
        return;
      }
      widened = true;
      retry.push(Object.assign({}, c, { editDistance: c.term.length >= 8 ? 2 : 1 }));
      // A slip near a word's end may leave the start of its stem whole: `securty` starts with `secur`.
      var start = knownStart(index, trim(c.term));
      if (start) {
        retry.push(Object.assign({}, c, { term: start + '*', usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }));
      }
    });
    return widened ? retry : [];
  }

  // Whether some term of the index starts with these letters: the index's token set holds its terms
  // letter by letter, and every state in it leads on to a term, so the letters need only a path.
  function startsATerm(index, letters) {
    var state = index.tokenSet;
    for (var i = 0; state && i < letters.length; i++) { state = state.edges[letters.charAt(i)]; }
    return Boolean(state);
  }

  // The longest term of the index that the word starts with, of four letters and half the word or
  // more, lower-cased as the index holds it; null if none.
  function knownStart(index, word) {
    var lower = word.toLowerCase();
    for (var end = lower.length - 1; end >= Math.max(4, Math.ceil(lower.length / 2)); end--) {
      if (Object.prototype.hasOwnProperty.call(index.invertedIndex, lower.slice(0, end))) { return lower.slice(0, end); }
    }
    return null;
  }

  function run(index, clauses) {
    return index.query(function (query) {
      clauses.forEach(function (clause) { query.clause(clause); });
    });
  }

  // Every plain word required; none when the reader used + or - themselves, or typed a single word
  // besides stop words (nothing to narrow). A stop word such as `get` or `to` is in no section's
  // terms, so it is not required.
  function allWords(clauses) {
    var optional = lunr.Query.presence.OPTIONAL;
    if (clauses.some(function (c) { return c.presence !== optional; })) { return null; }
    var words = clauses.filter(indexed);
    return words.length < 2 ? null : words.map(function (c) {
      return Object.assign({}, c, { presence: lunr.Query.presence.REQUIRED });
    });
  }

  function indexed(clause) {
    return !clause.usePipeline || lunr.stopWordFilter(trim(clause.term)) !== undefined;
  }

  var minimumPrefix = 3, maximumEditDistance = 2;

  function parse(index, text) {
    var query = new lunr.Query(index.fields);
    new lunr.QueryParser(text, query).parse();
    var clauses = [].concat.apply([], query.clauses.map(pairClauses)).filter(function (clause) {
      return clause.usePipeline ? index.pipeline.runString(clause.term).length > 0 : clause.term.replace(/\*/g, '') !== '';
    });
    clauses.forEach(function (clause) {
      if (clause.editDistance > maximumEditDistance) { clause.editDistance = maximumEditDistance; }
    });
    var last = clauses[clauses.length - 1];
    if (last && last.usePipeline && last.editDistance === undefined && last.presence === lunr.Query.presence.OPTIONAL) {
      var prefix = trim(last.term);
      // A word typed but not finished may already be longer than the stem the index holds for it:
      // `securit` is on its way to `security`, there as `secur`, which `securit*` misses.
      if (prefix.length >= minimumPrefix && !startsATerm(index, prefix)) {
        prefix = knownStart(index, prefix) || prefix;
      }
      if (prefix.length >= minimumPrefix) {
        clauses.push({
          term: prefix + '*',
          fields: last.fields,
          boost: last.boost,
          usePipeline: false,
          wildcard: lunr.Query.wildcard.TRAILING,
          presence: last.presence,
          startOfLastWord: true
        });
      }
    }
    return clauses;
  }

  // A word holding ideographs or kana, as a clause for each of its parts: a section then needs
  // every pair, as it needs every word, to be found first. A lone ideograph or kana is looked for
  // as the start of a pair too, where the index holds most of them.
  function pairClauses(clause) {
    if (!clause.usePipeline || !holdsCjk(clause.term)) { return [clause]; }
    return cjkParts(trim(clause.term)).map(function (part) {
      var lone = Array.from(part).length === 1 && holdsCjk(part);
      return Object.assign({}, clause, lone ? { term: part + '*', usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING } : { term: part });
    });
  }

  global.sitegenSearch = {
    trim: trim,
    indexPipeline: indexPipeline,
    searchPipeline: searchPipeline,
    terms: terms,
    cjkClass: cjkClass,
    holdsCjk: holdsCjk,
    cjkParts: cjkParts,
    expand: expand,
    load: load,
    search: search
  };
})(this);
