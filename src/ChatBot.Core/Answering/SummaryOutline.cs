namespace ChatBot.Core.Answering;

/// <summary>
/// How a summary is laid out, for renderers and the JSON contract: how many reports it covers and how many of
/// them are independent (syndicated copies and duplicates of one story count once), and which of its
/// citations state what only one independent story reports and which state what several agree on. Conflicts
/// are the answer's disagreements, conflicts before compatible figures.
/// </summary>
/// <param name="Reports">Stories in scope.</param>
/// <param name="Independent">Distinct origins among them.</param>
/// <param name="SingleSource">Numbers of the citations no other independent story corroborates.</param>
/// <param name="Agreed">Numbers of the citations at least one other independent story corroborates (their <c>CorroboratedBy</c>).</param>
public sealed record SummaryOutline(int Reports, int Independent, IReadOnlyList<int> SingleSource, IReadOnlyList<int> Agreed)
{
    /// <summary>"5 reports, 4 independent."</summary>
    public string CountSentence() =>
        (Reports == 1 ? "1 report" : $"{Reports} reports") + $", {Independent} independent.";
}
