package dev.orrery.app.cli;

/** How {@code runs metrics} and {@code runs compare} print: an aligned table, CSV or JSON. */
enum OutputFormat {
    table, csv, json
}
