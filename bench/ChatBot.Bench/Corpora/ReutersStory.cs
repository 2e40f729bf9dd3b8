namespace ChatBot.Bench.Corpora;

/// <summary>One Reuters-21578 story that has a body: its NEWID, the file it came from, and its text fields, entities decoded.</summary>
internal sealed record ReutersStory(int NewId, string File, DateTimeOffset? Date, string Title, string Dateline, string Body);
