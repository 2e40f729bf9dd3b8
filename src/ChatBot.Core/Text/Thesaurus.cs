namespace ChatBot.Core.Text;

/// <summary>
/// Groups of everyday news words that answer for one another in a question ("stay" is answered by "remain",
/// "offer" by "receive", "fired" by "laid off"). General English, not any corpus's vocabulary; a question term
/// counts as covered when a passage has it or a word of its group. Without an embedding model this is what
/// bridges a question's wording and a story's.
/// </summary>
public static class Thesaurus
{
    private static readonly string[][] Groups =
    [
        ["stay", "remain", "continue", "keep", "kept"],
        ["offer", "give", "gave", "given", "provide", "grant", "award", "receive", "get", "got"],
        ["say", "said", "state", "tell", "told", "claim", "announce", "declare", "describe", "call"],
        ["buy", "bought", "acquire", "purchase"],
        ["sell", "sold", "divest"],
        ["fire", "dismiss", "layoff", "laid", "lay", "sack", "cut", "redundancy"],
        ["hire", "recruit", "employ"],
        ["job", "role", "position", "post"],
        ["worker", "employee", "staff", "personnel", "staffer", "workforce"],
        ["salary", "pay", "paid", "wage", "compensation", "earnings"],
        ["start", "begin", "began", "begun", "launch", "commence"],
        ["end", "finish", "conclude", "close"],
        ["increase", "rise", "rose", "risen", "grow", "grew", "grown", "climb", "jump", "surge", "gain"],
        ["decrease", "fall", "fell", "fallen", "drop", "decline", "shrink", "slump", "plunge"],
        ["company", "firm", "business", "corporation"],
        ["boss", "chief", "head", "leader", "executive"],
        ["kill", "die", "died", "dead", "death", "fatal"],
        ["injure", "wound", "hurt"],
        ["protest", "revolt", "backlash", "dissent", "opposition", "petition"],
        ["reverse", "undo", "retreat", "withdraw", "rescind", "revoke", "scrap"],
        ["plan", "propose", "intend", "proposal"],
        ["spend", "spent", "spending", "invest", "investment", "expenditure", "outlay"],
        ["cost", "price", "expense"],
        ["profit", "earnings", "income"],
        ["revenue", "sales", "turnover"],
        ["meet", "met", "meeting", "talks"],
        ["law", "legislation", "bill", "act"],
        ["vote", "ballot", "election", "poll"],
        ["win", "won", "victory", "beat"],
        ["lose", "lost", "loss", "defeat"],
        ["reason", "cause", "because", "why"],
        ["create", "form", "establish", "found", "set"],
        ["assign", "reassign", "transfer", "move", "draft", "allocate"],
        ["monitor", "track", "surveil", "surveillance", "watch"],
        ["limit", "cap", "restrict", "ceiling"],
        ["leave", "left", "quit", "resign", "depart", "exit"],
        ["warn", "caution", "alert"],
        ["ban", "prohibit", "bar", "block"],
        ["allow", "permit", "let", "enable"],
        ["show", "reveal", "indicate", "suggest", "demonstrate"],
        ["accuse", "allege", "charge", "blame"],
        ["agree", "accept", "approve"],
        ["refuse", "reject", "decline", "deny"],
        // Countries answer for their adjectives: "the UK government" is "the British government".
        ["uk", "britain", "british"],
        ["us", "usa", "america", "american"],
        ["eu", "european"],
        ["china", "chinese"],
        ["russia", "russian"],
        ["soviet", "ussr"],
        ["japan", "japanese"],
        ["germany", "german"],
        ["france", "french"],
        ["india", "indian"],
    ];

    private static readonly Dictionary<string, HashSet<string>> ByStem = Build();

    /// <summary>The stems that answer for <paramref name="stem"/>, itself included.</summary>
    public static IReadOnlySet<string> Equivalents(string stem) =>
        ByStem.TryGetValue(stem, out var group) ? group : new HashSet<string>(StringComparer.Ordinal) { stem };

    /// <summary>One stem standing for the whole group (the group's first word), so equivalent words group together.</summary>
    public static string Canonical(string stem) => Canonicals.TryGetValue(stem, out var canonical) ? canonical : stem;

    private static readonly Dictionary<string, string> Canonicals = Groups
        .SelectMany(g => g.Select(w => (Stem: PorterStemmer.Stem(w), Canonical: PorterStemmer.Stem(g[0]))))
        .GroupBy(p => p.Stem, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Canonical, StringComparer.Ordinal);

    private static Dictionary<string, HashSet<string>> Build()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(PorterStemmer.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in stems)
            {
                if (byStem.TryGetValue(stem, out var existing)) existing.UnionWith(stems);
                else byStem[stem] = new HashSet<string>(stems, StringComparer.Ordinal);
            }
        }

        return byStem;
    }
}
