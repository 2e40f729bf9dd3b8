using System.Text.Json.Nodes;

namespace ChatBot.Discord.Tests.Infrastructure;

/// <summary>
/// Payloads shaped like the examples in Discord's documentation (gateway READY, the Example Interaction of
/// application-commands, a MESSAGE_CREATE like Example Message), with the ids the tests need.
/// </summary>
internal static class DiscordPayloads
{
    public const string ApplicationId = "775799577604522054";
    public const string BotUserId = "775799577604522054";
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";
    public const string UserId = "53908232506183680";

    /// <summary>Every permission bit set, as in the documented example; includes MANAGE_GUILD.</summary>
    public const string AllPermissions = "2147483647";

    /// <summary>View Channels and Send Messages only: not an admin.</summary>
    public const string MemberPermissions = "3072";

    public static JsonObject Ready(string sessionId, string resumeUrl) => new()
    {
        ["v"] = 10,
        ["user"] = new JsonObject
        {
            ["id"] = BotUserId,
            ["username"] = "ChatBot",
            ["discriminator"] = "0",
            ["avatar"] = null,
            ["bot"] = true,
        },
        ["guilds"] = new JsonArray(new JsonObject { ["id"] = GuildId, ["unavailable"] = true }),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl,
        ["shard"] = new JsonArray(0, 1),
        ["application"] = new JsonObject { ["id"] = ApplicationId, ["flags"] = 8953856 },
    };

    /// <summary>An APPLICATION_COMMAND interaction as in the documentation's "Example Interaction".</summary>
    public static JsonObject Interaction(
        string id, string token, string command, JsonObject? options = null, string permissions = MemberPermissions,
        string[]? roles = null, string userId = UserId)
    {
        var optionList = new JsonArray();
        foreach (var (name, value) in options ?? [])
        {
            optionList.Add(new JsonObject
            {
                ["type"] = value!.GetValueKind() switch
                {
                    System.Text.Json.JsonValueKind.Number => 4,
                    System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => 5,
                    _ => 3,
                },
                ["name"] = name,
                ["value"] = value.DeepClone(),
            });
        }

        return new JsonObject
        {
            ["type"] = 2,
            ["token"] = token,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject
                {
                    ["id"] = userId,
                    ["username"] = "Mason",
                    ["avatar"] = "a_d5efa99b3eeaa7dd43acca82f5692432",
                    ["discriminator"] = "1337",
                    ["public_flags"] = 131141,
                },
                ["roles"] = new JsonArray([.. (roles ?? ["539082325061836999"]).Select(r => (JsonNode)JsonValue.Create(r)!)]),
                ["premium_since"] = null,
                ["permissions"] = permissions,
                ["pending"] = false,
                ["nick"] = null,
                ["mute"] = false,
                ["joined_at"] = "2017-03-13T19:19:14.040000+00:00",
                ["is_pending"] = false,
                ["deaf"] = false,
            },
            ["id"] = id,
            ["application_id"] = ApplicationId,
            ["guild_id"] = GuildId,
            ["app_permissions"] = "442368",
            ["guild_locale"] = "en-US",
            ["locale"] = "en-US",
            ["data"] = new JsonObject
            {
                ["options"] = optionList,
                ["type"] = 1,
                ["name"] = command,
                ["id"] = "771825006014889984",
            },
            ["channel_id"] = ChannelId,
        };
    }

    public static JsonObject Ask(string id, string question, string? token = null, string userId = UserId) =>
        Interaction(id, token ?? "token-" + id, "ask", new JsonObject { ["question"] = question }, userId: userId);

    /// <summary>A MESSAGE_COMPONENT interaction (type 3): a click on a button of one of the bot's messages.</summary>
    public static JsonObject ButtonClick(string id, string customId, string messageId, string userId = UserId)
    {
        var click = Interaction(id, "token-" + id, "unused", userId: userId);
        click["type"] = 3;
        click["data"] = new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 };
        click["message"] = new JsonObject
        {
            ["id"] = messageId,
            ["channel_id"] = ChannelId,
            ["content"] = "Answer to Who moved?",
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "ChatBot", ["bot"] = true },
            ["type"] = 20,
        };
        return click;
    }

    /// <summary>A message command (data.type 3) on a message, with the target in data.resolved.messages.</summary>
    public static JsonObject MessageCommand(string id, string name, string targetId, string targetContent)
    {
        var command = Interaction(id, "token-" + id, name);
        command["data"] = new JsonObject
        {
            ["type"] = 3,
            ["name"] = name,
            ["id"] = "771825006014889985",
            ["target_id"] = targetId,
            ["resolved"] = new JsonObject
            {
                ["messages"] = new JsonObject
                {
                    [targetId] = new JsonObject
                    {
                        ["id"] = targetId,
                        ["channel_id"] = ChannelId,
                        ["content"] = targetContent,
                        ["author"] = new JsonObject { ["id"] = "80351110224678912", ["username"] = "Nelly" },
                        ["type"] = 0,
                    },
                },
            },
        };
        return command;
    }

    /// <summary>A reply to one of the bot's messages: Discord adds the replied-to author to mentions when the reply pings.</summary>
    public static JsonObject ReplyToBot(string id, string content, string botMessageId, string channelId = ChannelId)
    {
        var reply = MentionMessage(id, content);
        reply["channel_id"] = channelId;
        reply["type"] = 19;
        reply["message_reference"] = new JsonObject { ["type"] = 0, ["message_id"] = botMessageId, ["channel_id"] = channelId, ["guild_id"] = GuildId };
        reply["referenced_message"] = new JsonObject
        {
            ["id"] = botMessageId,
            ["channel_id"] = channelId,
            ["content"] = "Answer",
            ["author"] = new JsonObject { ["id"] = BotUserId, ["username"] = "ChatBot", ["bot"] = true },
            ["type"] = 19,
        };
        return reply;
    }

    /// <summary>A MESSAGE_CREATE in a guild channel that mentions the bot, shaped like "Example Message".</summary>
    public static JsonObject MentionMessage(string id, string content, bool inGuild = true)
    {
        var message = new JsonObject
        {
            ["reactions"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["tts"] = false,
            ["embeds"] = new JsonArray(),
            ["timestamp"] = "2017-07-11T17:27:07.299000+00:00",
            ["mention_everyone"] = false,
            ["id"] = id,
            ["pinned"] = false,
            ["edited_timestamp"] = null,
            ["author"] = new JsonObject
            {
                ["username"] = "Mason",
                ["discriminator"] = "9999",
                ["id"] = UserId,
                ["avatar"] = "a_bab14f271d565501444b2ca3be944b25",
            },
            ["mention_roles"] = new JsonArray(),
            ["content"] = content,
            ["channel_id"] = ChannelId,
            ["mentions"] = new JsonArray(new JsonObject { ["id"] = BotUserId, ["username"] = "ChatBot", ["bot"] = true }),
            ["type"] = 0,
        };
        if (inGuild)
        {
            message["guild_id"] = GuildId;
        }

        return message;
    }
}
