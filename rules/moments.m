(* Moment equations by the generator, the general form of Chen et al. 2025 eqs. (3)-(6):
       d/dt E[phi(X)] = E[L phi(X)].
   For a monomial phi of a linear or geometric-Brownian-motion model, L phi is a combination of monomials of the
   same or lower degree, so the moments of each order form a closed linear system u' = F u + h (Kronecker form
   H = A (x) I + I (x) A + Sum_k B_k (x) B_k, constant vec(D D^T), [C 5-6] with the erratum of MATH.md).
   For a general polynomial model, L phi may contain monomials of higher degree: the hierarchy does not close. *)

KoMomentRhs(phi_, b_List, sigma_List, x_List) := KoGenerator(phi, b, sigma, x);

(* Closing a hierarchy that does not close (kolmo moments --closure) is done in Java, moments.MomentClosure: the
   closure formulas are sums and products over the lattice of multi-indices below a monomial (binomials, cumulant
   recursions, exponents of a product formula), exact algebra rather than rewriting rules. *)
