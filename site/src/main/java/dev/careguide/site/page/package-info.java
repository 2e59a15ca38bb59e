/**
 * What each page of the review site shows, as immutable records the templates ({@code src/main/jte}) read. They
 * hold plain text only: the templates escape every value, so no record field is ever trusted as HTML.
 */
package dev.careguide.site.page;
