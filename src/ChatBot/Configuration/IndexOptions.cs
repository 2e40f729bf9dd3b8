using System.ComponentModel.DataAnnotations;

namespace ChatBot.Configuration;

/// <summary>Which store holds the index, and where.</summary>
public sealed class IndexOptions
{
    public const string SectionName = "ChatBot:Index";

    /// <summary>"Sqlite" (embedded, the default) or "Qdrant".</summary>
    [Required(ErrorMessage = "ChatBot:Index:Provider is required: Sqlite or Qdrant.")]
    [RegularExpression("^(?i)(sqlite|qdrant)$", ErrorMessage = "ChatBot:Index:Provider must be Sqlite or Qdrant.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>The SQLite file of the embedded index, relative to the working directory.</summary>
    [Required(ErrorMessage = "ChatBot:Index:SqlitePath is required: the embedded index file, e.g. data/chatbot.db.")]
    public string SqlitePath { get; set; } = "data/chatbot.db";

    public bool UsesQdrant => Provider.Equals("qdrant", StringComparison.OrdinalIgnoreCase);
}
