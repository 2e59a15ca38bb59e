package dev.careguide.exporter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One file of a bundle as the manifest lists it: path relative to the bundle root (with {@code /}), media
 * type, size in bytes, SHA-256 (lower-case hex), and for content files the guide, locale and format.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BundleFile(
        String path, String mediaType, long bytes, String sha256, String guide, String locale, String format) {}
