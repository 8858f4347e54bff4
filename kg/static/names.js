// The name rule of kg/names.py, in the browser: the page's search finds actors exactly as
// `kg query --param` and `kg view --focus` do. Python gives each actor the keys of its
// names (folded words joined by spaces); the query is folded here the same way:
// one-to-one substitutions of kg/text.py, NFKD, marks dropped, lower case, words.
var NewsKGNames = (function () {
  "use strict";
  var SUBSTITUTIONS = {
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"
  };
  var SUBSTITUTED = /[\u00a0\u202f\u2009\u2007\u2019\u2018\u02bc\u2010\u2011]/g;

  function fold(text) {
    return String(text)
      .replace(SUBSTITUTED, function (c) { return SUBSTITUTIONS[c]; })
      .normalize("NFKD")
      .replace(/\p{Mn}/gu, "")
      .toLowerCase()
      .replace(/ß/g, "ss")
      .replace(/ς/g, "σ");
  }

  function words(text) {
    return fold(text).match(/[\p{L}\p{N}_]+/gu) || [];
  }

  function key(text) {
    return words(text).join(" ");
  }

  // entries: [{id, ids: [...], keys: [...]}]; returns the entries the first step finds:
  // an id, then a whole name, then whole words in order.
  function matches(query, entries) {
    var wanted = String(query).trim().replace(/^[<>]+|[<>]+$/g, "");
    var byId = entries.filter(function (e) { return e.ids.indexOf(wanted) >= 0; });
    if (byId.length) return byId;
    var asked = key(wanted);
    if (!asked) return [];
    var exact = entries.filter(function (e) { return e.keys.indexOf(asked) >= 0; });
    if (exact.length) return exact;
    var padded = " " + asked + " ";
    return entries.filter(function (e) {
      return e.keys.some(function (k) { return (" " + k + " ").indexOf(padded) >= 0; });
    });
  }

  return { fold: fold, words: words, key: key, matches: matches };
})();
