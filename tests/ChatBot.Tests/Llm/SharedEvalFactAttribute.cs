namespace ChatBot.Tests.Llm;

/// <summary>A fact that needs ../shared/eval/seeds-gold.json and skips, saying so, when it is absent.</summary>
internal sealed class SharedEvalFactAttribute : FactAttribute
{
    public SharedEvalFactAttribute()
    {
        if (!File.Exists(RepoPaths.SeedsGold)) Skip = $"{RepoPaths.SeedsGold} is absent (the shared eval folder is not beside the repository).";
    }
}
