(* Reduced models of linear moment systems, Chen et al. 2025 sections 4-6. The exact algebra (Groebner bases of the
   invariance equations, discriminants, numeric roots) is Java, package org.kolmo.reduction; these rules build the
   equations it works on. Moments are deviations from equilibrium, v = u - u_inf, so v' = F v. *)

(* Invariance equations of the closure v_f = A v_s for one slow component [C 54, 58, 88]: with v_fast = cf v_slow
   (cf the list of unknown coefficients), v_fast' = cf v_slow' must hold for every v_slow:
   F_fs + F_ff cf = cf (F_ss + F_sf . cf). fm: the block's matrix, sl: the slow index (1-based), fl: the fast
   indices, cf: the unknowns, one per fast index. *)
KoSlowRate(fm_List, sl_Integer, fl_List, cf_List) :=
  Expand(fm[[sl, sl]] + Sum(fm[[sl, fl[[k]]]] * cf[[k]], {k, 1, Length(fl)}));
KoInvarianceEquations(fm_List, sl_Integer, fl_List, cf_List) :=
  With({rate = KoSlowRate(fm, sl, fl, cf)},
    Table(Expand(fm[[fl[[k]], sl]] + Sum(fm[[fl[[k]], fl[[q]]]] * cf[[q]], {q, 1, Length(fl)}) - cf[[k]] * rate),
      {k, 1, Length(fl)}));

(* A conserved quantity w.u is fixed at its equilibrium value, so on the manifold w.v = 0:
   w_s + Sum w_f cf = 0 (this is what removes the eps-independent branch of [C 58]). *)
KoConservationConstraint(wt_List, sl_Integer, fl_List, cf_List) :=
  Expand(wt[[sl]] + Sum(wt[[fl[[k]]]] * cf[[k]], {k, 1, Length(fl)}));

(* Chapman-Enskog [C 62]: the coefficient of eps^k of an expression polynomial in eps once the truncated series
   are substituted. *)
KoEpsCoefficient(ex_, ep_, k_Integer) := Coefficient(Expand(ex), ep, k);
