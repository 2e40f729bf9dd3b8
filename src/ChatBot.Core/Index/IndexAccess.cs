namespace ChatBot.Core.Index;

/// <summary>How a command uses the embedded index file.</summary>
public enum IndexAccess
{
    /// <summary>Indexing: the file is created when missing, its schema set up, stories written.</summary>
    ReadWrite,

    /// <summary>
    /// Answering and listing only: an existing file is opened read-only and never written, so it works on a
    /// read-only disk or folder (a missing file is still created, empty, as for <see cref="ReadWrite"/>).
    /// </summary>
    ReadOnly,
}
