package io.pecflow.cli.watch;

import io.pecflow.cli.CliContext;
import io.pecflow.cli.ExitCode;
import io.pecflow.cli.config.CommonOptions;
import io.pecflow.cli.config.KafkaOptions;
import io.pecflow.cli.config.KafkaOptions.KafkaTarget;
import io.pecflow.cli.config.Settings;
import io.pecflow.cli.output.Output;
import io.pecflow.cli.output.StatusView;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code pecflow watch <campaignId>}: a campaign's progress from the events topic, until every job is final. */
@Command(name = "watch", sortOptions = false,
        description = {"Follow a campaign's progress until every job is final.",
                "Reads the events topic and shows the progress per mailbox until every job is SETTLED or",
                "REJECTED. The number of jobs is --jobs, or learnt from the events once the",
                "topic has been read to its end. Exits 0 when all are final, 4 on --timeout."})
public final class WatchCommand implements Callable<Integer> {

    private static final Duration POLL = Duration.ofMillis(200);

    private final CliContext context;

    @Parameters(paramLabel = "<campaignId>", description = "The campaign to follow.")
    private String campaignId;

    @Option(names = "--jobs", paramLabel = "<n>", description = "How many jobs the campaign has (default: those seen).")
    private Integer jobs;

    @Option(names = "--timeout", paramLabel = "<duration>", description = "Give up after this long (30s, 10m, 2h; default: never).")
    private Duration timeout;

    @Option(names = "--from-beginning", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Read the topic from its start (default); --no-from-beginning reads only new events.")
    private boolean fromBeginning;

    @Option(names = "--interval", paramLabel = "<duration>", defaultValue = "5s",
            description = "How often progress is written when the output is not a terminal (default: 5s).")
    private Duration interval;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private CommonOptions common;

    WatchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Settings settings = common.settings(context);
        KafkaTarget target = kafka.resolve(settings);
        if (common.verbose()) {
            settings.printUsed(context.err());
        }
        Optional<Instant> deadline = Optional.ofNullable(timeout).map(context.clock().instant()::plus);
        CampaignTally tally = new CampaignTally(campaignId);
        StatusView view = StatusView.on(context.err(), context.terminal(), context.clock(), interval);
        try (EventFollower follower = new EventFollower(target, fromBeginning)) {
            while (true) {
                follower.poll(POLL).forEach(tally::accept);
                boolean caughtUp = follower.caughtUp();
                int expected = jobs != null ? jobs : tally.jobs();
                boolean complete = expected > 0 && tally.finished() >= expected && (jobs != null || caughtUp);
                if (complete || deadline.filter(context.clock().instant()::isAfter).isPresent()) {
                    view.finish(TallyView.lines(tally, expected));
                    return end(tally, expected, complete);
                }
                view.show(TallyView.lines(tally, expected));
            }
        }
    }

    private int end(CampaignTally tally, int expected, boolean complete) {
        Output output = new Output(context, common.json());
        if (output.json()) {
            output.printJson(TallyView.json(tally, expected, complete));
        }
        MailboxProgress total = tally.total();
        String counts = " (" + total.delivered() + " delivered, " + total.notDelivered() + " not delivered, "
                + total.noReceipt() + " without receipt, " + total.failed() + " failed or rejected, "
                + total.ambiguous() + " ambiguous)";
        if (complete) {
            output.message("campaign " + campaignId + ": all " + tally.finished() + " jobs settled" + counts);
            return ExitCode.OK;
        }
        output.message("campaign " + campaignId + ": timed out after " + timeout + " with " + tally.finished()
                + " of " + expected + " jobs settled" + counts);
        return ExitCode.TIMED_OUT;
    }
}
