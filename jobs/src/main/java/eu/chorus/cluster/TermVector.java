package eu.chorus.cluster;

import java.io.Serializable;

/** A sparse term-weight vector (indices ascending), the unit that k-means and centrality see. */
record TermVector(int[] indices, double[] values) implements Serializable {

  double norm() {
    double sum = 0;
    for (double x : values) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  /** This vector scaled to length 1; the zero vector stays zero. */
  TermVector normalised() {
    double n = norm();
    if (n == 0) {
      return this;
    }
    double[] v = new double[values.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = values[i] / n;
    }
    return new TermVector(indices, v);
  }

  double dot(double[] dense) {
    double sum = 0;
    for (int i = 0; i < indices.length; i++) {
      sum += values[i] * dense[indices[i]];
    }
    return sum;
  }

  void addTo(double[] dense) {
    for (int i = 0; i < indices.length; i++) {
      dense[indices[i]] += values[i];
    }
  }

  boolean isZero() {
    return indices.length == 0;
  }
}
