using ChatBot.Configuration;
using Microsoft.Extensions.Configuration;

namespace ChatBot.Tests.Configuration;

public class ConfigurationValueCheckTests
{
    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    [Fact]
    public void The_committed_appsettings_json_and_the_defaults_pass()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.json")).Build();

        ConfigurationValueCheck.ThrowIfInvalid(configuration);
        ConfigurationValueCheck.ThrowIfInvalid(Config([]));
    }

    [Fact]
    public void Every_unconvertible_value_is_named_with_its_key_and_value_at_once()
    {
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationValueCheck.ThrowIfInvalid(Config(new()
        {
            ["ChatBot:Sources:0:Name"] = "wire",
            ["ChatBot:Sources:0:Interval"] = "soon",
            ["ChatBot:Sources:1"] = "seeds",
            ["ChatBot:Index:Qdrant:ShardNumber"] = "three",
            ["ChatBot:Discord:ShardId"] = "",
            ["ChatBot:Answering:MaxCitations:Value"] = "4",
        })));

        Assert.Equal(
            [
                "ChatBot:Sources:0:Interval is 'soon', which is not a duration such as 00:15:00 (hh:mm:ss).",
                "ChatBot:Sources:1 is 'seeds', but each element must be an object with named settings.",
                "ChatBot:Index:Qdrant:ShardNumber is 'three', which is not a whole number.",
                "ChatBot:Answering:MaxCitations must be a single value, not a section.",
            ],
            e.Failures);
    }

    [Fact]
    public void A_list_given_as_one_value_is_named()
    {
        var e = Assert.Throws<ConfigurationException>(() => ConfigurationValueCheck.ThrowIfInvalid(Config(new() { ["ChatBot:Discord:AdminRoleIds"] = "123" })));

        Assert.Equal(["ChatBot:Discord:AdminRoleIds is '123', but it must be a list (in JSON: [ ... ])."], e.Failures);
    }
}
