using System.CommandLine;
using NetBalanceSim.Experiments.Scenarios;

namespace NetBalanceSim.Cli.Commands;

/// <summary><c>netbalance-sim keys [--markdown | --json-schema]</c>: every scenario key with its unit, default, range and meaning.</summary>
internal static class KeysCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the list as Markdown (docs/keys.md)." };
        var schema = new Option<bool>("--json-schema") { Description = "Print the JSON schema (draft 2020-12) of scenario files (docs/scenario.schema.json)." };
        var command = new Command("keys", "List every scenario key with its unit, default, range and meaning.") { markdown, schema };
        command.SetAction(parse =>
        {
            if (parse.GetValue(markdown) && parse.GetValue(schema))
            {
                throw new UsageException("--markdown and --json-schema: give one of them.");
            }
            var text = parse.GetValue(schema) ? ScenarioSchema.Json() : parse.GetValue(markdown) ? KeyListing.Markdown() : KeyListing.Text();
            parse.InvocationConfiguration.Output.Write(text);
            return CliApp.ExitOk;
        });
        return command;
    }
}
