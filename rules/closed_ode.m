(* Exact closed higher-order ODEs for single components of a linear system u' = F u,
   Chen et al. 2025 Proposition 1 and eqs. (9)-(11), (41)-(45), (82)-(86).
   The polynomial algebra is Java (KoCharacteristicPolynomial, KoComponentAnnihilator, KoKrylovRows,
   KoPolynomialOfMatrixRow, registered by org.kolmo.algebra.AlgebraFunctions); polynomials are coefficient lists
   a_0 .. a_n, components are 1-based. *)

(* If a(lambda) annihilates F, every component satisfies Sum_i a_i u_j^(i) = 0 [C 9-11]: the characteristic
   polynomial (Cayley-Hamilton, eq. 43), or the component's own lowest-order annihilator. *)
KoClosedOdePolynomial(f_List, params_List, comp_Integer, lowest_) :=
  If(lowest, KoComponentAnnihilator(f, params, comp), KoCharacteristicPolynomial(f, params));

(* With a(lambda) = lambda q(lambda):  d/dt [e_j^T q(F) u] = e_j^T a(F) u = 0, so the order drops by one and
   q(D) u_j = C is constant, C = e_j^T q(F) u(0) = Sum_k q_k u_j^(k)(0)  [C 44, 86]; derivs = u_j^(k)(0), k = 0..deg q. *)
KoClosedOdeConstant(q_List, derivs_List) :=
  Expand(q . derivs);

(* Initial data of the closed equation: u_j^(k)(0) = e_j^T F^k u(0), k = 0 .. n-1. *)
KoInitialDerivatives(f_List, params_List, u0_List, comp_Integer, len_Integer) :=
  Map(Function(krow, Expand(krow . u0)), KoKrylovRows(f, params, comp, len));
