using System.Text.Json;
using ChatBot.Discord.Rest;

namespace ChatBot.Discord.Tests.Rest;

/// <summary>
/// The exact JSON of every payload type the bot sends, compared with the object shapes in Discord's documentation
/// (resources/message "Create Message" and "Embed Object", interactions/receiving-and-responding "Interaction
/// Response Object", interactions/application-commands "Application Command Object"). A strict server rejects a
/// message for one undocumented key, so an extra key here is a defect.
/// </summary>
public sealed class PayloadShapeTests
{
    [Fact]
    public void A_reply_with_an_embed_carries_only_documented_fields()
    {
        var body = new MessageBody(
            "Answer [1]",
            MessageReference: new MessageReference("1", "2", "3"),
            Embeds: [new Embed("engineers reassigned", "note", [new EmbedField("Example News", "**6,500**", Inline: true)])]);

        Assert.Equal(
            """{"content":"Answer [1]","message_reference":{"message_id":"1","channel_id":"2","guild_id":"3","fail_if_not_exists":false},"embeds":[{"title":"engineers reassigned","description":"note","fields":[{"name":"Example News","value":"**6,500**","inline":true}]}],"allowed_mentions":{"parse":[]}}""",
            Serialize(body));
    }

    [Fact]
    public void An_ephemeral_message_response_and_a_deferral_carry_only_documented_fields()
    {
        Assert.Equal(
            """{"type":4,"data":{"content":"Only you","flags":64,"allowed_mentions":{"parse":[]}}}""",
            Serialize(InteractionResponse.Message(MessageBody.Ephemeral("Only you"))));
        Assert.Equal("""{"type":5}""", Serialize(InteractionResponse.Deferred(ephemeral: false)));
        Assert.Equal("""{"type":5,"data":{"flags":64}}""", Serialize(InteractionResponse.Deferred(ephemeral: true)));
    }

    [Fact]
    public void A_slash_command_definition_carries_only_documented_fields()
    {
        var command = new ApplicationCommand(
            "ask",
            "Ask a question",
            [new(ApplicationCommandOptionTypes.String, "question", "What you want to know", Required: true, MinLength: 1, MaxLength: 500)],
            DefaultMemberPermissions: null,
            [0, 1]);

        Assert.Equal(
            """{"name":"ask","description":"Ask a question","options":[{"type":3,"name":"question","description":"What you want to know","required":true,"min_length":1,"max_length":500}],"contexts":[0,1],"type":1}""",
            Serialize(command));
    }

    [Fact]
    public void A_message_command_definition_has_an_empty_description_and_no_options()
    {
        var command = new ApplicationCommand("Check against sources", "", null, null, [0, 1], ApplicationCommand.Message);

        Assert.Equal("""{"name":"Check against sources","description":"","contexts":[0,1],"type":3}""", Serialize(command));
    }

    [Fact]
    public void A_message_with_feedback_buttons_carries_an_action_row_of_documented_buttons()
    {
        var body = new MessageBody("Answer", Components: [ChatBot.Discord.Feedback.FeedbackButtons.Row("42")]);

        Assert.Equal(
            """{"content":"Answer","components":[{"components":[{"style":2,"label":"Helpful","custom_id":"feedback:helpful:42","type":2},{"style":2,"label":"Wrong quote","custom_id":"feedback:wrong-quote:42","type":2},{"style":2,"label":"Not a real disagreement","custom_id":"feedback:not-a-disagreement:42","type":2}],"type":1}],"allowed_mentions":{"parse":[]}}""",
            Serialize(body));
    }

    [Fact]
    public void Rows_over_the_component_limits_are_never_built()
    {
        var button = new Button(ComponentTypes.SecondaryStyle, "ok", "id");

        Assert.Throws<ArgumentException>(() => ComponentLimits.Checked([.. Enumerable.Repeat(new ActionRow([button]), 6)]));
        Assert.Throws<ArgumentException>(() => ComponentLimits.Checked([new ActionRow([.. Enumerable.Repeat(button, 6)])]));
        Assert.Throws<ArgumentException>(() => ComponentLimits.Checked([new ActionRow([button with { CustomId = new string('x', 101) }])]));
        Assert.Throws<ArgumentException>(() => ComponentLimits.Checked([new ActionRow([button with { Label = new string('x', 81) }])]));
        Assert.Single(ComponentLimits.Checked([new ActionRow([.. Enumerable.Repeat(button, 5)])]));
    }

    [Fact]
    public void An_autocomplete_result_and_an_idempotent_digest_message_carry_only_documented_fields()
    {
        Assert.Equal(
            """{"type":8,"data":{"choices":[{"name":"Example News","value":"Example News"}]}}""",
            Serialize(InteractionResponse.Autocomplete([new OptionChoice("Example News", "Example News")])));
        Assert.Equal(
            """{"content":"Digest","nonce":"d0123456789abcdef01230","enforce_nonce":true,"allowed_mentions":{"parse":[]}}""",
            Serialize(ChatBot.Discord.Rendering.RenderedMessage.Text("Digest").ToBody(nonce: "d0123456789abcdef01230")));
    }

    private static string Serialize<T>(T payload) => JsonSerializer.Serialize(payload, DiscordJson.Options);
}
