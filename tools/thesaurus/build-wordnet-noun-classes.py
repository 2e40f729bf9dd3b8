#!/usr/bin/env python3
"""Builds src/ChatBot.Core/Text/wordnet-noun-classes.tsv from WordNet 3.0 (Debian's wordnet-base).

Usage: python3 tools/thesaurus/build-wordnet-noun-classes.py [--wordnet DIR] [--out FILE]

Each line is a noun and the WordNet lexicographer classes ("food", "animal", "artifact", ...) of its first
MAX_RANK senses in WordNet's frequency order, e.g. "egg<TAB>animal food". ChatBot reads it to type a "which X"
question's noun and the common nouns of a sentence the same way: "eggs" is a candidate answer to "which food",
"whales" to "which creature", because WordNet files them under the same class. A common noun answers only in
the concrete classes (CONCRETE below): people, groups and places are answered by names, which their capitals
already mark, and abstract classes (acts, attributes, cognition) would make nearly every noun a candidate. The
classes of what names name (NAMED: person, group, location) are listed too, with "other" for a usual sense in
no listed class, so ChatBot can tell a word whose usual senses are all people ("president", "senator"; not
"governor", also a machine's speed control) from one that only sometimes is; a name led by such a word
("President Joe Biden") names a person, never a team or a city. Irregular plurals (WordNet's noun.exc: "mice", "geese") are listed with their base's classes. Words tagged more often as adjectives than as nouns in WordNet's semantic concordance (cntlist.rev:
"annual", "giant", "old") are left out: in a sentence they are mostly modifiers, not the thing named
("chicken" and "plastic", tagged mostly as nouns, stay). Only single-word, purely alphabetic lemmas; nothing is picked
by hand.
"""

import argparse
import os
import re

from wordnet import read_index, read_synsets, read_tag_counts

MAX_RANK = 2
# WordNet's lexicographer file numbers (lexnames) of the concrete noun classes.
CONCRETE = {5: "animal", 6: "artifact", 8: "body", 11: "event", 13: "food", 17: "object", 19: "phenomenon",
            20: "plant", 27: "substance"}
# The classes of what names name: people, groups (organisations, teams) and places.
NAMED = {14: "group", 15: "location", 18: "person"}
CLASSES = {**CONCRETE, **NAMED}
OTHER = "other"
WORD = re.compile(r"^[a-z]+$")


TOPS = 3


def noun_classes_by_synset(synsets):
    """Noun synset offset -> lexicographer file number. A synset of noun.Tops (the unique beginners:
    "animal", "food", "event", "creature") takes the class most of its hyponyms are filed under, so a question
    asking "which animal" is typed like one asking "which bird"."""
    lex = {offset: lex_filenum for (pos, offset), (_, lex_filenum, _, _, _) in synsets.items() if pos == "n"}
    for offset, lex_filenum in list(lex.items()):
        if lex_filenum != TOPS:
            continue
        pointers = synsets[("n", offset)][3]
        below = [lex[target] for symbol, _, target, _, _ in pointers if symbol in ("~", "~i") and lex[target] != TOPS]
        if below:
            lex[offset] = max(set(below), key=below.count)
    return lex


def adjective_lemmas(tag_counts):
    """Lemmas the concordance tags more often as adjectives than as nouns, over all their tagged senses."""
    noun, adj = {}, {}
    for lemma, ss_type, _, _, count in tag_counts:
        tally = noun if ss_type == 1 else adj if ss_type in (3, 5) else None
        if tally is not None:
            tally[lemma] = tally.get(lemma, 0) + count
    return {lemma for lemma, count in adj.items() if count > noun.get(lemma, 0)}


def build(wordnet):
    lex = noun_classes_by_synset(read_synsets(wordnet))
    adjectives = adjective_lemmas(read_tag_counts(wordnet))
    rows = []
    for (lemma, pos), offsets in read_index(wordnet).items():
        if pos != "n" or not WORD.match(lemma) or lemma in adjectives:
            continue
        classes = []
        for offset in offsets[:MAX_RANK]:
            name = CLASSES.get(lex[offset], OTHER)
            if name not in classes:
                classes.append(name)
        if any(name != OTHER for name in classes):
            rows.append((lemma, classes))
    # Irregular plurals (noun.exc: "mice mouse", "geese goose") get their base's classes, as morphy would find them.
    classes_of = dict(rows)
    with open(os.path.join(wordnet, "noun.exc"), encoding="latin-1") as f:
        for line in f:
            inflected, base = line.split()[:2]
            if WORD.match(inflected) and inflected not in classes_of and base in classes_of:
                rows.append((inflected, classes_of[base]))
                classes_of[inflected] = classes_of[base]
    return sorted(rows)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "ChatBot.Core", "Text", "wordnet-noun-classes.tsv"))
    args = parser.parse_args()
    rows = build(args.wordnet)
    with open(args.out, "w", encoding="utf-8", newline="\n") as out:
        out.write(f"# Generated by tools/thesaurus/build-wordnet-noun-classes.py from WordNet 3.0 (max-rank {MAX_RANK}); see WORDNET-LICENSE.\n")
        for lemma, classes in rows:
            out.write(lemma + "\t" + " ".join(classes) + "\n")


if __name__ == "__main__":
    main()
