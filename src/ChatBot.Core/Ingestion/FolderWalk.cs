namespace ChatBot.Core.Ingestion;

/// <summary>
/// The files under a story folder, and the folders under it that could not be listed. Walked one folder at a
/// time rather than with <see cref="EnumerationOptions.RecurseSubdirectories"/>: that either throws for the first
/// unreadable subfolder or, with <see cref="EnumerationOptions.IgnoreInaccessible"/>, skips it without a word,
/// and a skipped folder must be reported and its stories kept.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions OneLevel = new() { IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };

    /// <summary>A folder whose entries could not be listed, and why, in words a user understands.</summary>
    public sealed record UnlistedFolder(string Path, string Reason);

    public static (List<string> Files, List<UnlistedFolder> Unlisted) Walk(string root)
    {
        var files = new List<string>();
        var unlisted = new List<UnlistedFolder>();
        var pending = new Queue<string>([root]);
        while (pending.TryDequeue(out var folder))
        {
            try
            {
                foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", OneLevel))
                {
                    // A link to a folder is not followed, as the recursive enumeration did not: it may loop.
                    if (entry is DirectoryInfo { LinkTarget: null }) pending.Enqueue(entry.FullName);
                    else if (entry is FileInfo) files.Add(entry.FullName);
                }
            }
            catch (UnauthorizedAccessException)
            {
                unlisted.Add(new UnlistedFolder(folder, "permission denied: the folder cannot be read, so its stories are skipped (and kept as indexed)"));
            }
            catch (IOException e)
            {
                unlisted.Add(new UnlistedFolder(folder, $"the folder cannot be read ({e.Message}), so its stories are skipped (and kept as indexed)"));
            }
        }

        return (files, unlisted);
    }
}
