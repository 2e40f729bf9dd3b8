namespace ChatBot.Testing.Web;

/// <summary>What the server saw of one request.</summary>
public sealed record RecordedWebRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince);
