package io.pecflow.sandbox;

/** What a request to the PEC API's paths turns out to be. */
sealed interface PecApiRoute {

    /**
     * @param call the operation
     * @param arg  the path parameter ({@code id}, {@code dominio} or {@code pec}); empty when the operation
     *             takes none, or when its parameter is missing (answered 428 where the document says so)
     */
    record Call(PecApiCall call, String arg) implements PecApiRoute {
    }

    /** No such path. */
    record NotFound() implements PecApiRoute {
    }

    /** @param allow the methods the path accepts */
    record WrongMethod(String allow) implements PecApiRoute {
    }
}
