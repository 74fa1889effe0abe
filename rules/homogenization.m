(* Homogenization of slow-fast SDEs by the perturbative expansion of the backward Kolmogorov equation,
   Lim [L 5-40]. Java (org.kolmo.homogenization) does the exact linear algebra (the cell problem on polynomials
   in Y, the Lyapunov solve [L 39], the Gaussian averages) and brings every result to its normal form with exact
   rational-function arithmetic; these rules are the closed formulas of Results 2.1 and 2.2 and the Routh-Hurwitz
   test of B2, written as Lim's paper writes them. Matrices are lists of rows; x is the list of slow variables. *)

(* Positive stability of B2 (all eigenvalues with positive real part) [L 5-7] is the Hurwitz property of
   det(l I + B2) = a0 l^n + a1 l^(n-1) + ... + an: all leading principal minors of the Hurwitz matrix
   H(i, j) = a(2 j - i) are positive. Returns those n minors. *)
KoHurwitzEntry(a_List, n_, i_, j_) := If(0 <= 2*j - i && 2*j - i <= n, a[[2*j - i + 1]], 0);
KoHurwitzDeterminants(b_List, l_) :=
  Module({n = Length(b), a},
    a = Reverse(CoefficientList(Expand(Det(l * IdentityMatrix(Length(b)) + b)), l));
    Table(Det(Table(KoHurwitzEntry(a, n, i, j), {i, 1, k}, {j, 1, k})), {k, 1, n}));

(* Matrix products written out as sums: Symja's Dot brings rational entries over a common denominator, which in
   Symja 3.0.0 is not always right; the sums are left as they are and Java normalises them exactly. *)
KoMatMul(a_List, b_List) :=
  Table(Sum(a[[i, k]] * b[[k, j]], {k, 1, Length(b)}), {i, 1, Length(a)}, {j, 1, Length(b[[1]])});
KoMatVec(a_List, v_List) := Table(Sum(a[[i, k]] * v[[k]], {k, 1, Length(v)}), {i, 1, Length(a)});

(* [L 11]: the noise-induced drift S^i = (U1 J)^{lk} d/dX^l (U1 B2^-1)^{ik}. *)
KoNoiseInducedDrift(u1_List, b2inv_List, j_List, x_List) :=
  KoNoiseInducedSum(KoMatMul(u1, j), KoMatMul(u1, b2inv), x);
KoNoiseInducedSum(uj_List, ub_List, x_List) :=
  Table(Total(Flatten(Table(uj[[l, k]] * D(ub[[i, k]], x[[l]]), {l, 1, Length(x)}, {k, 1, Length(uj[[1]])}))),
    {i, 1, Length(ub)});

(* [L 9]: the drift of the slow variables from the fast drift b1, U1 B2^-1 b1. *)
KoFastDriftContribution(u1_List, b2inv_List, b1_List) := KoMatVec(KoMatMul(u1, b2inv), b1);

(* [L 13]: B0 = (U1 nu)(U1 nu)^T with nu = B2^-1 sigma1. *)
KoB0(u1_List, b2inv_List, sigma1_List) := KoOuterSquare(KoMatMul(KoMatMul(u1, b2inv), sigma1));
KoOuterSquare(w_List) := KoMatMul(w, Transpose(w));

(* [L 17]: the upper blocks of A1, sigma0 sigma0^T and sigma0 sigma0^T pbar (one column per functional). *)
KoSlowNoiseMatrix(sigma0_List) := KoOuterSquare(sigma0);
KoSlowFunctionalNoise(sigma0_List, pbar_List) := KoMatMul(KoOuterSquare(sigma0), Transpose(pbar));

(* Result 2.2 [L 22]: the extra Ito drift of a functional with p = p0(X), q = 0, sigma0 = 0,
   dA' = U1^{ia} U1^{jb} mu^{ab} d p0^i / d X^j dt with mu = B2^-1 J. *)
KoFunctionalItoDrift(p0_List, u1_List, mu_List, x_List) :=
  Total(Flatten(Table(u1[[i, a]] * u1[[jj, b]] * mu[[a, b]] * D(p0[[i]], x[[jj]]),
    {i, 1, Length(x)}, {jj, 1, Length(x)}, {a, 1, Length(mu)}, {b, 1, Length(mu)})));

(* Result 2.2 [L 24]: the extra drift in the Stratonovich form,
   dA'' = 1/2 U1^{kb} U1^{ja} muA^{ab} (d p0^j/d X^k - d p0^k/d X^j) dt, muA = (mu - mu^T)/2 the antisymmetric part
   of mu; it vanishes when mu is symmetric (a reversible fast process). *)
KoAntisymmetricPart(mu_List) := (mu - Transpose(mu)) / 2;
KoFunctionalStratonovichDrift(p0_List, u1_List, mu_List, x_List) :=
  KoStratonovichSum(p0, u1, KoAntisymmetricPart(mu), x);
KoStratonovichSum(p0_List, u1_List, ma_List, x_List) :=
  1/2 * Total(Flatten(Table(
    u1[[k, b]] * u1[[jj, a]] * ma[[a, b]] * (D(p0[[jj]], x[[k]]) - D(p0[[k]], x[[jj]])),
    {k, 1, Length(x)}, {jj, 1, Length(x)}, {a, 1, Length(ma)}, {b, 1, Length(ma)})));
