package dev.careguide.site.page;

/** A link: its text and its relative address. */
public record Link(String text, String href) {}
