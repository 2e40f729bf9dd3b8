
namespace ChatBot.Tests.Support;

/// <summary>A temp folder holding a copy of seeds/, the layout a fresh clone has, for running the CLI in.</summary>
public sealed class SeedsWorkspace : IDisposable
{
    public SeedsWorkspace()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatbot-cli-" + Guid.NewGuid().ToString("N"));
        var seeds = System.IO.Path.Combine(Path, "seeds");
        Directory.CreateDirectory(seeds);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Seeds)) File.Copy(file, System.IO.Path.Combine(seeds, System.IO.Path.GetFileName(file)));
    }

    public string Path { get; }

    public string SeedsPath => System.IO.Path.Combine(Path, "seeds");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; a test must not fail on cleanup.
        }
    }
}
