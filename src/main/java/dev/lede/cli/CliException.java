package dev.lede.cli;

/** A failure the user caused or can fix: its message is the one line they see. */
final class CliException extends RuntimeException {
    final int exitCode;

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    static CliException noArticle(long id) {
        return new CliException("no article #" + id + " in this library; 'lede list' shows the ids", 1);
    }
}
