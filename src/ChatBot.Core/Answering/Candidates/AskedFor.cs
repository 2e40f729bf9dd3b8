using System.Text.RegularExpressions;
using ChatBot.Core.Text;

namespace ChatBot.Core.Answering.Candidates;

/// <summary>
/// What a question asks for: the kind of answer, the kind-noun of a "which X" question ("team" in "which team is
/// he on?"), and the clause that holds the question word, apart from any preamble before it ("NFL player X
/// collapsed this week. He plays for which team?": the preamble sets the scene, the clause asks).
/// </summary>
/// <param name="Kind">The kind of answer wanted.</param>
/// <param name="KindTerms">Index terms of the noun naming the kind of thing asked for; empty unless <see cref="AnswerKind.Named"/>.</param>
public sealed partial record AskedFor(AnswerKind Kind, IReadOnlySet<string> KindTerms)
{
    /// <summary>Index terms of what "how many" counts ("engineers" in "how many Meta engineers were…"); empty otherwise.</summary>
    public IReadOnlySet<string> CountedTerms { get; init; } = Empty;

    /// <summary>
    /// The unit a quantity question names, when it names one: "money" for "what salary", "what price", "how much
    /// money"; "percent" for "what percentage", "what share"; null otherwise. The same categories as
    /// <see cref="Disagreements.NumericClaim.Category"/>.
    /// </summary>
    public string? Unit { get; init; }

    /// <summary>
    /// The WordNet classes of the kind-noun's head ("food" for "which popular food", "animal" for "which creature"),
    /// so a sentence's common nouns of that class are candidates (<see cref="CandidateExtractor.KindPhrases"/>);
    /// empty when the noun is not a concrete thing WordNet types.
    /// </summary>
    public IReadOnlySet<string> KindClasses { get; init; } = Empty;

    /// <summary>
    /// True when the answer is a place or a group, never a person: "where", "which city", "which team", "which
    /// company" (a noun WordNet files under groups or places only). A name led by a person's title
    /// ("President Joe Biden") does not answer it.
    /// </summary>
    public bool RulesOutPeople { get; init; }

    /// <summary>True when the answer is a group, not a place: "which team", "which company", "which chain". A place's name ("Florida") does not answer it.</summary>
    public bool RulesOutPlaces { get; init; }

    /// <summary>True when <paramref name="question"/> asks for a number anywhere ("… and how many were hurt?").</summary>
    public static bool AsksForQuantity(string question) => Quantity().IsMatch(question);

    /// <summary>Reads <paramref name="question"/>.</summary>
    public static AskedFor Parse(string question)
    {
        var clause = AskingClause(question);
        var which = WhichNoun().Match(clause) is { Success: true } w ? w : WhatIsTheNoun().Match(clause);
        var kindTerms = which.Success ? Tokenizer.Terms(which.Groups["noun"].Value).ToHashSet(StringComparer.Ordinal) : Empty;
        var kind = KindOf(clause, which);
        var counted = HowMany().Match(clause);
        var quantity = Quantity().Match(clause);
        var unit = quantity.Groups["money"].Success ? "money" : quantity.Groups["percent"].Success ? "percent" : null;
        // The head noun types the kind: "which food brand" asks for a brand, not a food; a verb the noun pattern
        // took along ("which creatures washed ashore", "which team won") is no head.
        var head = which.Success ? which.Groups["noun"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => !VerbForms.IsInflected(w)) : null;
        var kindClasses = head is null ? Empty : NounClasses.Of(head);
        var namedHead = kind == AnswerKind.Named && head is not null ? head : null;
        var rulesOutPeople = kind == AnswerKind.Place || (namedHead is not null && NounClasses.NamesGroupsOrPlaces(namedHead));
        var rulesOutPlaces = namedHead is not null && NounClasses.NamesOnlyGroups(namedHead);
        return new(kind, kindTerms) { KindClasses = kindClasses, RulesOutPeople = rulesOutPeople, RulesOutPlaces = rulesOutPlaces, CountedTerms = counted.Success ? Tokenizer.Terms(counted.Groups["counted"].Value).ToHashSet(StringComparer.Ordinal) : Empty, Unit = unit };
    }

    /// <summary>The kind, read from the clause's first question word: "which state is led by X, whose party…" asks for a state.</summary>
    private static AnswerKind KindOf(string clause, Match which)
    {
        // "Which"/"what" ask wherever they stand; "when", "where" and "who" are often relative ("this week when
        // it announced which host…"), so they decide only when the clause has no which/what.
        var first = WhichOrWhat().Match(clause) is { Success: true } interrogative ? interrogative : QuestionWord().Match(clause);
        if (!first.Success) return AnswerKind.Open;
        var rest = clause[first.Index..];
        return first.Value.ToLowerInvariant() switch
        {
            // "Who is Mack Ward?" asks what a named person is, not for a name.
            "who" when WhoIsName().IsMatch(rest) => AnswerKind.Open,
            "who" or "whom" or "whose" => AnswerKind.Person,
            "where" => AnswerKind.Place,
            "when" => AnswerKind.Date,
            "how" => Quantity().IsMatch(rest) && Quantity().Match(rest).Index == 0 ? AnswerKind.Quantity : DateWord().Match(rest) is { Success: true, Index: 0 } ? AnswerKind.Date : AnswerKind.Open,
            "what" or "which" when Quantity().Match(rest) is { Success: true, Index: 0 } => AnswerKind.Quantity,
            "what" or "which" when DateWord().Match(rest) is { Success: true, Index: 0 } => AnswerKind.Date,
            "what" or "which" when Where().Match(rest) is { Success: true, Index: 0 } => AnswerKind.Place,
            "what" or "which" when NameOf().Match(rest) is { Success: true, Index: 0 } => AnswerKind.Named,
            "what" or "which" when which.Success && which.Index == first.Index => AnswerKind.Named,
            "what" or "which" => AnswerKind.Open,
            _ => YesNo().IsMatch(clause) ? AnswerKind.YesNo : AnswerKind.Open,
        };
    }

    /// <summary>True when only a phrase of the wanted kind answers the question.</summary>
    public bool WantsCandidate => Kind is not (AnswerKind.Open or AnswerKind.YesNo);

    /// <summary>
    /// The sentence holding the question word: the last sentence with one, else the last sentence. A preamble's
    /// sentences end in a full stop; the question's ends in a question mark.
    /// </summary>
    private static string AskingClause(string question)
    {
        var sentences = SentenceEnd().Split(question.Trim()).Where(s => s.Trim().Length > 0).ToList();
        if (sentences.Count <= 1) return question;
        return sentences.LastOrDefault(s => QuestionWord().IsMatch(s)) ?? sentences[^1];
    }

    private static readonly IReadOnlySet<string> Empty = new HashSet<string>(StringComparer.Ordinal);

    [GeneratedRegex(@"\bhow many\s+(?<counted>(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HowMany();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z“""‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(who|whom|whose|what|which|where|when|why|how)\b|^\s*(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();

    /// <summary>
    /// The words that ask for a number: "how many/much/long…", "what percentage/price/salary…", "by how much".
    /// The one list, for the kind of the asking clause, for whether a question asks for a quantity at all, and
    /// for the unit it names: money for "what salary", "how much money"; a share for "what percentage".
    /// </summary>
    [GeneratedRegex(@"\b(how much (?<money>money|cash)|how (many|much|large|big|long|far|old|high|low|tall|fast|deep)|(?:what|which) (?<percent>percentage|percent|share|proportion)|(?:what|which) (?<money>price|cost|salary|salaries|wage|wages|pay|fee|fine|revenue|budget|sum)|(?:what|which) (number|amount|figure|total|rate|age)|by how much)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"\bwhen\b|\b(what|which)(?:\s+[A-Z][\p{L}.’']*){0,2} (year|month|day|date|time|decade|century|season)\b|\bhow long ago\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateWord();

    [GeneratedRegex(@"\bwhere\b|\b(what|which)(?:\s+[A-Z][\p{L}.’']*){0,2} (place|city|town|country|state|nation|region|county|province|island|continent|location|venue)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();

    [GeneratedRegex(@"^(?i:who)\s+(?i:is|was|are|were)\s+(?:[A-Z][\p{L}.’'-]*\s*)+(?:\?|$|and\b)")]
    private static partial Regex WhoIsName();

    [GeneratedRegex(@"\b(which|what)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhichOrWhat();

    /// <summary>"What is the name of…", "what was the rocket's name", "what is the show called", "named what".</summary>
    [GeneratedRegex(@"\bwhat (is|was|are|were) (the )?([\p{L}-]+['’]s? )?names?\b|\bwhat (is|was|are|were) (the |its |their |his |her )?[\p{L}-]+(\s[\p{L}-]+)? (called|named)\b|\bnamed what\b|\bcalled what\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    /// <summary>"What is the current average rate…", "what was the final score": the noun after the article is the kind asked for.</summary>
    [GeneratedRegex(@"\b(?i:what)\s+(?:is|was|are|were)\s+(?:the|a|an)\s+(?<noun>[a-z][\p{L}-]*(?:\s+[a-z][\p{L}-]*){0,2}?)(?=\s+(?:of|for|in|on|at|to|that|which|who|behind|\?)|\?)")]
    private static partial Regex WhatIsTheNoun();

    /// <summary>"which team", "what US state's", "which of the following companies" : the first lower-case word after it.</summary>
    [GeneratedRegex(@"\b(?i:which|what)\s+(?:(?:[A-Z][\p{L}.’']*|of|the|following|two|three)\s+){0,3}(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|happens)\b|[a-z]{2,}[^e]ed\b)(?<noun>[a-z][\p{L}-]*(?:\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\b)[a-z][\p{L}-]*)?)")]
    private static partial Regex WhichNoun();

    [GeneratedRegex(@"^\s*(is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b|\bis it true\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();
}
