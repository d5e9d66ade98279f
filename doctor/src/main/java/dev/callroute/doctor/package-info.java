/**
 * The doctor: from a reported symptom and a situation to its cause (the rules the engine names) and
 * to fixes proven by simulation, with repro scenario files. Depends on {@code core} and {@code
 * scenario}; used by {@code cli}.
 */
package dev.callroute.doctor;
