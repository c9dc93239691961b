package dev.lede.cli;

/** A failure the user caused or can fix: its message is the one line they see. */
final class CliException extends RuntimeException {
    final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** Reports an unknown id as one line on stderr, for commands that go on with the other ids. */
    static void reportNoArticle(java.io.PrintWriter err, long id) {
        err.println("lede: " + noArticle(id).getMessage());
    }

    static CliException noArticle(long id) {
        return new CliException("no article #" + id + " in this library; 'lede list' shows the ids", 1);
    }
}
