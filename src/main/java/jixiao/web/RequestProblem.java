package jixiao.web;

/** A request the server refuses, with the HTTP status and the one line the page shows. */
final class RequestProblem extends Exception {

    private final int status;

    RequestProblem(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
