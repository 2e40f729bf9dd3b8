namespace ChatBot.Discord.Commands;

/// <summary>How an answer to an interaction is shown.</summary>
/// <param name="Kind">"answer" or "summary": what the answer is kept as for feedback.</param>
/// <param name="Preface">A small-print line said first (e.g. the claim being checked).</param>
/// <param name="Private">Ephemeral: only the asker sees the answer.</param>
internal sealed record AnswerPresentation(string Kind, string? Preface = null, bool Private = false);
