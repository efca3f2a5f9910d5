package dev.orrery.core.model;

/** A node position on the canvas, in canvas units. */
public record Position(double x, double y) {
}
