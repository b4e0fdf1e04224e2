/**
 * The command line: commander builds the options, the commands call the library and render. This is the only
 * layer that reads files, writes output and decides exit statuses.
 */
import { Command, CommanderError, Option } from 'commander';
import { isTarikhError } from '../errors.js';
import { sanitize } from '../render/terminal.js';
import { processIo, type Io } from './io.js';
import { EXIT, say, UsageError } from './run.js';
import { datesCommand, mergeCommand, resolveCommand, showCommand, timelineCommand } from './commands.js';

const EXAMPLES_MAIN = `
Examples:
  $ tarikh                                      the timeline of the built-in seed article
  $ tarikh timeline articles/ --between QAT,USA
  $ tarikh timeline a.txt b.txt --format yaml -o timeline.yaml
  $ tarikh dates article.txt
  $ tarikh resolve "مطلع الشهر الجاري" --published 2017-05-31
  $ tarikh show timeline.yaml

Exit status: 0 success, 1 usage error, 2 no usable input, 3 partial (some inputs skipped).`;

export function buildProgram(io: Io, exit: { code: number }): Command {
  const program = new Command();
  program
    .name('tarikh')
    .description('Arabic news articles in, a dated and sorted timeline of diplomatic contacts out.')
    .version('0.1.0', '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s.split('\n').map(sanitize).join('\n')) })
    .addHelpText('after', EXAMPLES_MAIN);

  const common = (c: Command) =>
    c
      .option('--published <YYYY-MM-DD>', 'publication date (supplies or overrides the one in the article)')
      .option('--data <dir>', 'extra data folder (actors, countries, named events...) merged over the built-in data')
      .option('--encoding <name>', 'force the input encoding (utf-8, utf-16le, utf-16be, windows-1256)')
      .option('--debug', 'show internal details (stack traces) on errors');

  /** How a timeline is shown: the same options wherever one is rendered (timeline, merge, show). */
  const display = (c: Command) =>
    c
      .option('--explain', 'show derivations, evidence sentences and merge notes')
      .option('--color', 'force colors')
      .option('--no-color', 'no colors')
      .addOption(new Option('--lang <lang>', 'labels in English or Arabic').choices(['en', 'ar']).default('en'))
      .addOption(new Option('--bidi <mode>', 'Arabic in the terminal: isolate (default), visual, none').choices(['isolate', 'visual', 'none']).default('isolate'))
      .option('--hijri', 'also show Umm al-Qura Hijri dates')
      .option('--legend', 'explain the symbols and date labels');

  common(
    display(
      program
        .command('timeline', { isDefault: true })
        .description('the contacts in the inputs, merged across articles and sorted by date')
        .argument('[inputs...]', 'files, directories (their .txt/.md files) or - for stdin; default: the built-in seeds')
        .option('--between <A,B>', 'only contacts between two countries (ISO code, English or Arabic name): QAT,USA')
        .addOption(new Option('--format <format>', 'output format (jsonl: one record per line as each article is done, no merging)').choices(['text', 'json', 'yaml', 'jsonl']))
        .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
        .option('--include <kinds>', 'also include: statements, planned (comma-separated)')
        .option('-j, --jobs <n>', 'worker threads (default: the number of cores for inputs of 16 MB or more, else 1)')
        .addOption(new Option('--input-format <format>', 'read stdin as one article (text) or as JSON Lines articles (jsonl)').choices(['text', 'jsonl']).default('text'))
        .option('--progress', 'show progress and a summary on stderr even when it is not a terminal')
        .option('--no-merge', 'do not merge the same contact across articles'),
    ).addHelpText(
        'after',
        `
Examples:
  $ tarikh timeline seeds/ --between QAT,USA
  $ tarikh timeline articles/ --include planned,statements --explain
  $ tarikh timeline article.txt --published 2017-05-31 --format json -o out.json
  $ tarikh timeline corpus.jsonl --jobs 4 --format jsonl -o events.jsonl`,
      ),
  ).action(async (inputs: string[], opts) => {
    exit.code = await timelineCommand(inputs, opts, io);
  });

  common(
    program
      .command('dates')
      .description('every date expression in an article, in text order, with its resolution and derivation')
      .argument('<input>', 'an article file, or - for stdin')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'yaml']).default('text'))
      .option('--color', 'force colors')
      .option('--no-color', 'no colors')
      .addHelpText('after', `\nExamples:\n  $ tarikh dates seeds/qatar-us-2017-05-31.txt\n  $ tarikh dates article.txt --published 2015-08-02 --format json`),
  ).action(async (input: string, opts) => {
    exit.code = await datesCommand(input, opts, io);
  });

  program
    .command('resolve')
    .description('resolve one date phrase against a publication date')
    .argument('[phrase]', 'the Arabic phrase')
    .option('--published <YYYY-MM-DD>', 'the publication date to resolve against')
    .option('--jsonl', 'read {"text", "published"} lines from stdin, write one JSON line each (null when nothing is recognized)')
    .addOption(new Option('--format <format>', 'output format for one phrase').choices(['text', 'json']).default('text'))
    .option('--data <dir>', 'extra data folder')
    .addHelpText('after', `\nExamples:\n  $ tarikh resolve "فبراير/شباط الماضي" --published 2017-05-31\n  $ echo '{"text":"أمس","published":"2017-05-31"}' | tarikh resolve --jsonl`)
    .action(async (phrase: string | undefined, opts) => {
      exit.code = await resolveCommand(phrase, opts, io);
    });

  common(
    display(
      program
        .command('merge')
        .description('the final pass over per-shard outputs (timeline --format jsonl, or JSON/YAML exports): one merged timeline')
        .argument('<files...>', 'JSON Lines from tarikh timeline --format jsonl, or JSON/YAML exports')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'yaml']))
        .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
        .option('--between <A,B>', 'only contacts between two countries')
        .option('--include <kinds>', 'also include: statements, planned (comma-separated)'),
    ).addHelpText('after', `\nExamples:\n  $ tarikh timeline shard-1/ --include planned,statements --format jsonl -o s1.jsonl\n  $ tarikh merge s1.jsonl s2.jsonl --between QAT,USA --format json -o timeline.json`),
  ).action(async (files: string[], opts) => {
    exit.code = await mergeCommand(files, opts, io);
  });

  display(
    program
      .command('show')
      .description('render a saved JSON or YAML export as the terminal timeline')
      .argument('<file>', 'a file written by tarikh timeline --format json|yaml')
      .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'yaml']).default('text'))
      .option('--between <A,B>', 'only contacts between two countries'),
  )
    .addHelpText('after', `\nExamples:\n  $ tarikh show timeline.yaml\n  $ tarikh show timeline.json --lang ar`)
    .action(async (file: string, opts) => {
      exit.code = await showCommand(file, opts, io);
    });

  return program;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const exit = { code: EXIT.ok as number };
  const program = buildProgram(io, exit);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exit.code;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end here too, successfully.
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof UsageError) {
      say(io, `tarikh: ${e.message}`);
      return EXIT.usage;
    }
    if (isTarikhError(e)) {
      say(io, `tarikh: ${e.message}${e.hint ? `\n  hint: ${e.hint}` : ''}`);
      if (debug && e.stack) io.stderr.write(e.stack + '\n');
      return e.code === 'BAD_OPTION' || e.code === 'BAD_DATE' ? EXIT.usage : e.code === 'DATA_INVALID' ? EXIT.usage : EXIT.noInput;
    }
    say(io, `tarikh: internal error: ${(e as Error).message}${debug ? '' : ' (run with --debug for details)'}`);
    if (debug) io.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.noInput;
  }
}
