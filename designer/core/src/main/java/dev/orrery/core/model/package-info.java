/**
 * The pipeline model: a pipeline is an ordered list of templates (reusable step definitions) and
 * graphs of steps that use them. The classes are plain mutable data holders: documents are edited
 * only through undoable jobs in the designer, and the codecs read and write them. Every class that
 * mirrors an Argo object carries an {@code extra} map with the fields the model does not lift, so
 * nothing is lost between Argo and native YAML.
 */
package dev.orrery.core.model;
