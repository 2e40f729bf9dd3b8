#!/usr/bin/env python3
"""Builds src/ChatBot.Core/Text/wordnet-equivalents.tsv from WordNet 3.0 (Debian's wordnet-base).

Usage: python3 tools/thesaurus/build-wordnet-thesaurus.py [--wordnet DIR] [--min-count N] [--out FILE]

The table has one group of words that answer for one another per line, space-separated, lower-case and
unstemmed: ChatBot.Core's Thesaurus stems them at load time with the same Porter stemmer the index uses, so the
table stays readable and the behaviour follows the stemmer exactly. Nothing in it is picked by hand.

General synonymy floods retrieval ("get" has 36 verb senses), so the table is conservative:
  * only single-word, purely alphabetic lemmas ("lay_off", "U.K." and "e-mail" are skipped);
  * no -ing nouns whose base is a word: Porter stems "engineering" like "engineers", so its sense
    (engineering = technology) would make "engineers" answer for "technology";
  * a sense of a word counts only if it is among the word's first MAX_RANK (2) senses in WordNet's frequency
    order AND was tagged at least MIN_COUNT times in the semantic concordance (cntlist.rev). MIN_COUNT is the
    one knob; words never tagged (most rare words) take part in no group;
  * a synonym group is the words of one synset for which that synset is a counted sense, so both ends of
    every link use the word in one of its main senses; groups are capped at MAX_GROUP words, most tagged first;
  * derivational links ("+" pointers) join a verb and a noun ("reassign"/"reassignment", "die"/"death")
    and pertainyms ("\\" pointers) join an adjective and its noun ("british"/"britain"), only when both
    senses count;
  * a proper adjective's pertainym ("Australian"/"Australia", "Cambodian"/"Cambodia") joins them whatever
    the counts, when both are capitalised single words and the adjective has one sense: a name has no rarer
    meanings to drag in, and the concordance tags few names, so the counts would leave out nearly all of them;
  * a place's single-word names from one place synset (noun.location) whose lemmas are all names join
    likewise ("Myanmar"/"Burma", "UK"/"Britain", "America"/"US"), except a name that is also an ordinary
    lower-case word ("Bull" for Taurus) and an abbreviation the place's own name does not spell.
Lines are ordered by how often their synset was tagged, most first; the Thesaurus takes the first stem of a
word's first line as its canonical stem, so the order is part of the behaviour and the output is deterministic.
"""

import argparse
import os
import re
import sys

from wordnet import read_counts, read_index, read_synsets

MAX_RANK = 2
MAX_GROUP = 6
DEFAULT_MIN_COUNT = 3
SS_TYPE_NUMBER = {"n": 1, "v": 2, "a": 3, "s": 5, "r": 4}
WORD = re.compile(r"^[a-z]+$")


def build(wordnet, min_count):
    index = read_index(wordnet)
    counts = read_counts(wordnet)
    synsets = read_synsets(wordnet)

    lemmas = {lemma for lemma, _ in index}

    def is_gerund(lemma, pos):
        """A noun in -ing whose base is a word: Porter gives both one stem, so its senses would speak for the base."""
        if pos != "n" or not lemma.endswith("ing"):
            return False
        base = lemma[:-3]
        return base in lemmas or base + "e" in lemmas or (len(base) > 1 and base[-1] == base[-2] and base[:-1] in lemmas)

    def sense_count(pos, offset, word_number):
        """The tag count of the word_number-th (1-based) word of a synset, or None when the sense does not count."""
        ss_type, lex_filenum, words, _, _ = synsets[(pos, offset)]
        lemma, lex_id = words[word_number - 1]
        if not WORD.match(lemma) or is_gerund(lemma, pos):
            return None
        offsets = index.get((lemma, pos), [])
        if offset not in offsets[:MAX_RANK]:
            return None
        count = counts.get((lemma, SS_TYPE_NUMBER[ss_type], lex_filenum, lex_id), 0)
        return count if count >= min_count else None

    groups = {}  # tuple of words -> weight (tag count), first weight wins
    for (pos, offset), (_, _, words, pointers, _) in synsets.items():
        counted = [(sense_count(pos, offset, n), lemma) for n, (lemma, _) in enumerate(words, 1)]
        counted = [(c, lemma) for c, lemma in counted if c is not None]
        members = []
        for c, lemma in sorted(counted, key=lambda p: (-p[0], p[1])):
            if lemma not in members:
                members.append(lemma)
        if len(members) >= 2:
            key = tuple(members[:MAX_GROUP])
            groups.setdefault(key, sum(c for c, _ in counted))

        for symbol, target_pos, target, source, dest in pointers:
            derivation = symbol == "+" and {pos, target_pos} == {"n", "v"}
            pertainym = symbol == "\\" and pos == "a" and target_pos == "n"
            if not (derivation or pertainym) or source == 0:
                continue
            here = sense_count(pos, offset, source)
            there = sense_count(target_pos, target, dest)
            if here is None or there is None:
                continue
            a, b = words[source - 1][0], synsets[(target_pos, target)][2][dest - 1][0]
            if a == b:
                continue
            pair = (a, b) if (here, a) >= (there, b) else (b, a)
            groups.setdefault(pair, here + there)

    ordered = sorted(groups.items(), key=lambda g: (-g[1], g[0]))
    joined = {words for words, _ in ordered}
    names = [(pair, 0) for pair in proper_pertainyms(synsets, index) if pair not in joined]
    joined.update(words for words, _ in names)
    return ordered + names + [(group, 0) for group in place_names(synsets) if group not in joined]


def proper_pertainyms(synsets, index):
    """(adjective, noun) pairs, lower-case, for one-sense capitalised adjectives pertaining to a capitalised noun."""
    pairs = set()
    for (pos, _), (_, _, _, pointers, written) in synsets.items():
        if pos != "a":
            continue
        for symbol, target_pos, target, source, dest in pointers:
            if symbol != "\\" or target_pos != "n" or source == 0 or dest == 0:
                continue
            adjective, noun = written[source - 1], synsets[("n", target)][4][dest - 1]
            if (proper(adjective) and proper(noun) and adjective.lower() != noun.lower()
                    and len(index.get((adjective.lower(), "a"), [])) == 1):
                pairs.add((adjective.lower(), noun.lower()))
    return sorted(pairs)


def place_names(synsets):
    """Groups of one place's single-word names, lower-case, from WordNet's place synsets (noun.location) whose
    lemmas are all names: "myanmar burma", "uk britain", "america us". A name that is also an ordinary
    lower-case word somewhere in WordNet, or its plural ("Bull" for Taurus, "China" for Taiwan, "States" for the
    US), is left out, and an abbreviation counts only when the place's own name spells it ("UK" for "United
    Kingdom"; not "CA" for California, nor "MS" for its nickname "Magnolia State")."""
    common = {lemma for (_, _, _, _, written) in synsets.values() for lemma in written if lemma[:1].islower()}
    groups = []
    for (pos, _), (_, lex_filenum, _, _, written) in synsets.items():
        if pos != "n" or lex_filenum != LOCATION:
            continue
        lemmas = [w[4:] if w.startswith("the_") else w for w in written]
        if not all(w[:1].isupper() for w in lemmas):
            continue
        # The place's own name (WordNet's first lemma) spells its abbreviation; a nickname ("Magnolia State") does not.
        spelled = "".join(part[0] for part in lemmas[0].split("_") if part[:1].isupper())
        names = []
        for w in lemmas:
            lower = w.lower()
            single = proper(w) and lower not in common and not (lower.endswith("s") and lower[:-1] in common)
            abbreviation = w.isalpha() and w.isupper() and len(w) >= 2 and w == spelled
            if (single or abbreviation) and w.lower() not in names:
                names.append(w.lower())
        if len(names) >= 2:
            groups.append(tuple(names[:MAX_GROUP]))
    return sorted(set(groups))


LOCATION = 15  # WordNet's lexicographer file number of noun.location


def proper(lemma):
    """A capitalised single alphabetic word: "Australia", not "australia", "New_Zealand" or "U.S."."""
    return lemma[:1].isupper() and lemma.isalpha() and lemma[1:].islower()


def irregular_forms(wordnet):
    """Irregular verb forms by base verb, from WordNet's exception list (verb.exc: "began begin")."""
    forms = {}
    with open(os.path.join(wordnet, "verb.exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha():
                forms.setdefault(parts[1], []).append(parts[0])
    return forms


def with_inflections(words, forms):
    """A group's words with the irregular forms of its verbs ("begin" brings "began", "begun"): Porter
    stemming leaves those apart, so without them "started" matches "begin" but not "began"."""
    out = list(words)
    for word in words:
        for form in forms.get(word, []):
            if form not in out:
                out.append(form)
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--min-count", type=int, default=DEFAULT_MIN_COUNT)
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--out", default=os.path.join(here, "..", "..", "src", "ChatBot.Core", "Text",
                                                      "wordnet-equivalents.tsv"))
    args = parser.parse_args()

    groups = build(args.wordnet, args.min_count)
    forms = irregular_forms(args.wordnet)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# Generated by tools/thesaurus/build-wordnet-thesaurus.py from WordNet 3.0 "
                f"(min-count {args.min_count}, max-rank {MAX_RANK}, max-group {MAX_GROUP}); see WORDNET-LICENSE.\n")
        for words, _ in groups:
            f.write(" ".join(with_inflections(words, forms)) + "\n")
    print(f"{len(groups)} groups written to {os.path.normpath(args.out)}", file=sys.stderr)


if __name__ == "__main__":
    main()
